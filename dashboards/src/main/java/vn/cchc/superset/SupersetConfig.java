package vn.cchc.superset;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import vn.cchc.model.error.CchcException;
import vn.cchc.model.error.ErrorCode;
import vn.cchc.model.warehouse.WarehouseLayout;

/**
 * Settings of {@code cchc superset}: kebab-case options, environment variables where a secret or a
 * default belongs ({@code SUPERSET_PASSWORD}, {@code CCHC_WAREHOUSE}).
 */
public record SupersetConfig(Optional<URI> url, Optional<String> user, Optional<String> password,
    WarehouseLayout warehouse, Duration timeout) {

  public static final String DEFAULT_WAREHOUSE = "warehouse";
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

  static SupersetConfig from(Map<String, String> options, Map<String, String> env) {
    Optional<URI> url = Optional.ofNullable(options.get("url")).map(SupersetConfig::parseUrl);
    String warehouse = options.getOrDefault("warehouse", env.getOrDefault("CCHC_WAREHOUSE", DEFAULT_WAREHOUSE));
    Duration timeout = DEFAULT_TIMEOUT;
    if (options.containsKey("timeout-seconds")) {
      try {
        timeout = Duration.ofSeconds(Long.parseLong(options.get("timeout-seconds")));
      } catch (NumberFormatException e) {
        throw new CchcException(ErrorCode.INVALID_ARGUMENT, "Không thể hiểu --timeout-seconds: " + options.get("timeout-seconds"));
      }
    }
    return new SupersetConfig(url, Optional.ofNullable(options.get("user")),
        Optional.ofNullable(env.get("SUPERSET_PASSWORD")), new WarehouseLayout(Path.of(warehouse)), timeout);
  }

  private static URI parseUrl(String raw) {
    try {
      URI uri = URI.create(raw.strip());
      if (uri.getHost() == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
        throw new IllegalArgumentException("not an http(s) URL");
      }
      return uri;
    } catch (IllegalArgumentException e) {
      throw new CchcException(ErrorCode.INVALID_ARGUMENT, "Không thể hiểu địa chỉ Superset --url: " + raw
          + " (cần dạng http://máy:cổng)");
    }
  }
}
