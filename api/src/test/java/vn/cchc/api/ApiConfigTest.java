package vn.cchc.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import vn.cchc.api.security.Role;
import vn.cchc.query.catalog.Sandbox;
import vn.cchc.query.sql.AdhocSql;

class ApiConfigTest {
  @Test
  void defaultsAreTheNamedConstants() {
    ApiConfig c = bind(new MapConfigurationPropertySource(Map.of("cchc.query-timeout", "30s")));
    assertThat(c.warehouse()).isEqualTo(ApiConfig.DEFAULT_WAREHOUSE.toAbsolutePath().normalize());
    assertThat(c.reloadInterval()).isEqualTo(ApiConfig.DEFAULT_RELOAD_INTERVAL);
    assertThat(c.sql().maxRows()).isEqualTo(AdhocSql.DEFAULT_MAX_ROWS);
    assertThat(c.sql().timeout()).isEqualTo(AdhocSql.DEFAULT_TIMEOUT);
    assertThat(c.duckdb().sandbox()).isEqualTo(Sandbox.defaults());
    assertThat(c.security().users()).isEmpty();
  }

  @Test
  void kebabCaseKeysBind() {
    ApiConfig c = bind(new MapConfigurationPropertySource(Map.of(
        "cchc.warehouse", "/srv/kho", "cchc.sql.max-rows", "42", "cchc.sql.timeout", "5s",
        "cchc.duckdb.memory-limit", "2GB", "cchc.duckdb.threads", "4",
        "cchc.security.users[0].username", "lanhdao", "cchc.security.users[0].role", "VIEWER",
        "cchc.security.users[0].password-hash", "$2a$10$abc")));
    assertThat(c.warehouse()).isEqualTo(Path.of("/srv/kho"));
    assertThat(c.sql().maxRows()).isEqualTo(42);
    assertThat(c.sql().timeout()).isEqualTo(Duration.ofSeconds(5));
    assertThat(c.duckdb().sandbox()).isEqualTo(new Sandbox("2GB", 4));
    assertThat(c.security().users()).containsExactly(new ApiConfig.Account("lanhdao", "$2a$10$abc", Role.VIEWER));
  }

  @Test
  void environmentVariablesOverride() {
    MutablePropertySources sources = new MutablePropertySources();
    sources.addFirst(new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, Map.of("CCHC_WAREHOUSE", "/data/kho",
        "CCHC_SQL_MAXROWS", "7", "CCHC_DUCKDB_MEMORYLIMIT", "512MB")));
    ApiConfig c = new Binder(ConfigurationPropertySources.from(sources)).bind("cchc", ApiConfig.class).get();
    assertThat(c.warehouse()).isEqualTo(Path.of("/data/kho"));
    assertThat(c.sql().maxRows()).isEqualTo(7);
    assertThat(c.duckdb().memoryLimit()).isEqualTo("512MB");
  }

  private static ApiConfig bind(MapConfigurationPropertySource source) {
    return new Binder(source).bind("cchc", ApiConfig.class).get();
  }
}
