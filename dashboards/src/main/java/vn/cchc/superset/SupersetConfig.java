package vn.cchc.superset;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import vn.cchc.model.cli.CommandLine;
import vn.cchc.model.error.CchcException;
import vn.cchc.model.error.ErrorCode;
import vn.cchc.model.warehouse.WarehouseLayout;

/**
 * Settings of {@code cchc superset}: kebab-case options, environment variables where a secret or a
 * default belongs ({@code SUPERSET_PASSWORD}, {@code CCHC_WAREHOUSE}).
 */
public record SupersetConfig(
    Optional<URI> url,
    Optional<String> user,
    Optional<String> password,
    WarehouseLayout warehouse,
    Duration timeout) {

  public static final String DEFAULT_WAREHOUSE = CommandLine.DEFAULT_WAREHOUSE;
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

  static SupersetConfig from(CommandLine.Arguments options, Map<String, String> env) {
    Optional<URI> url = options.value("url").map(SupersetConfig::parseUrl);
    Duration timeout =
        Duration.ofSeconds(
            options.positiveInt("timeout-seconds", (int) DEFAULT_TIMEOUT.toSeconds()));
    return new SupersetConfig(
        url,
        options.value("user"),
        Optional.ofNullable(env.get("SUPERSET_PASSWORD")),
        new WarehouseLayout(options.warehouse(env)),
        timeout);
  }

  private static URI parseUrl(String raw) {
    try {
      URI uri = URI.create(raw.strip());
      if (uri.getHost() == null
          || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
        throw new IllegalArgumentException("not an http(s) URL");
      }
      return uri;
    } catch (IllegalArgumentException e) {
      throw new CchcException(
          ErrorCode.INVALID_ARGUMENT,
          "Không thể hiểu địa chỉ Superset --url: " + raw + " (cần dạng http://máy:cổng)");
    }
  }
}
