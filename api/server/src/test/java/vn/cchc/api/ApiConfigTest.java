package vn.cchc.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.util.unit.DataSize;
import vn.cchc.api.release.ReleaseResultCache;
import vn.cchc.api.release.ResponseBodyCache;
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
    assertThat(c.duckdb().sandbox().maxSpillSize())
        .isEqualTo(Sandbox.DEFAULT_MAX_SPILL_SIZE)
        .isEqualTo("1GB");
    assertThat(c.duckdb().sandbox().spillRoot(c.warehouse()))
        .isEqualTo(c.warehouse().resolve("tmp/sql-spill"));
    assertThat(c.resultCache())
        .isEqualTo(
            new ApiConfig.ResultCache(
                ReleaseResultCache.DEFAULT_MAX_ENTRIES,
                ReleaseResultCache.DEFAULT_MAX_CELLS,
                ReleaseResultCache.DEFAULT_MAX_ENTRY_CELLS));
    assertThat(c.responseCache())
        .isEqualTo(
            new ApiConfig.ResponseCache(
                DataSize.ofBytes(
                    Runtime.getRuntime().maxMemory() / ResponseBodyCache.DEFAULT_HEAP_SHARE),
                ResponseBodyCache.DEFAULT_MAX_ENTRY_BYTES));
    assertThat(c.security().users()).isEmpty();
  }

  @Test
  void kebabCaseKeysBind() {
    ApiConfig c =
        bind(
            new MapConfigurationPropertySource(
                Map.of(
                    "cchc.warehouse",
                    "/srv/kho",
                    "cchc.sql.max-rows",
                    "42",
                    "cchc.sql.timeout",
                    "5s",
                    "cchc.duckdb.memory-limit",
                    "2GB",
                    "cchc.duckdb.threads",
                    "4",
                    "cchc.duckdb.spill-directory",
                    "/srv/tam",
                    "cchc.duckdb.max-spill-size",
                    "20GB",
                    "cchc.security.users[0].username",
                    "lanhdao",
                    "cchc.security.users[0].role",
                    "VIEWER",
                    "cchc.security.users[0].password-hash",
                    "$2a$10$abc")));
    assertThat(c.warehouse()).isEqualTo(Path.of("/srv/kho"));
    assertThat(c.sql().maxRows()).isEqualTo(42);
    assertThat(c.sql().timeout()).isEqualTo(Duration.ofSeconds(5));
    assertThat(c.duckdb().sandbox()).isEqualTo(new Sandbox("2GB", 4, Path.of("/srv/tam"), "20GB"));
    assertThat(c.security().users())
        .containsExactly(new ApiConfig.Account("lanhdao", "$2a$10$abc", "VIEWER", List.of()));
    assertThat(c.security().userStore()).isEqualTo(Path.of("/srv/kho/access/users.json"));
    assertThat(c.audit().file()).isEqualTo(Path.of("/srv/kho/audit/audit.jsonl"));
    assertThat(c.security().oidc().enabled()).isFalse();
  }

  @Test
  void environmentVariablesOverride() {
    MutablePropertySources sources = new MutablePropertySources();
    sources.addFirst(
        new SystemEnvironmentPropertySource(
            StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
            Map.of(
                "CCHC_WAREHOUSE",
                "/data/kho",
                "CCHC_SQL_MAXROWS",
                "7",
                "CCHC_DUCKDB_MEMORYLIMIT",
                "512MB",
                "CCHC_DUCKDB_SPILLDIRECTORY",
                "/mnt/tam",
                "CCHC_DUCKDB_MAXSPILLSIZE",
                "5GB",
                "CCHC_RESULTCACHE_MAXENTRIES",
                "0",
                "CCHC_RESPONSECACHE_MAXBYTES",
                "0")));
    ApiConfig c =
        new Binder(ConfigurationPropertySources.from(sources)).bind("cchc", ApiConfig.class).get();
    assertThat(c.warehouse()).isEqualTo(Path.of("/data/kho"));
    assertThat(c.sql().maxRows()).isEqualTo(7);
    assertThat(c.duckdb().memoryLimit()).isEqualTo("512MB");
    assertThat(c.duckdb().sandbox().spillRoot(c.warehouse())).isEqualTo(Path.of("/mnt/tam"));
    assertThat(c.duckdb().maxSpillSize()).isEqualTo("5GB");
    assertThat(c.resultCache().maxEntries()).isZero();
    assertThat(c.responseCache().maxBytes()).isEqualTo(DataSize.ofBytes(0));
  }

  @Test
  void applicationYmlRepeatsNoDefaultAndDeclaresNobody() throws Exception {
    MutablePropertySources sources = new MutablePropertySources();
    new YamlPropertySourceLoader()
        .load("application.yml", new ClassPathResource("application.yml"))
        .forEach(sources::addLast);
    ApiConfig c =
        new Binder(ConfigurationPropertySources.from(sources))
            .bindOrCreate("cchc", ApiConfig.class);
    ApiConfig defaults =
        bind(new MapConfigurationPropertySource(Map.of("cchc.query-timeout", "30s")));
    assertThat(c.warehouse()).isEqualTo(defaults.warehouse());
    assertThat(c.queryTimeout()).isEqualTo(defaults.queryTimeout());
    assertThat(c.reloadInterval()).isEqualTo(defaults.reloadInterval());
    assertThat(c.sql()).isEqualTo(defaults.sql());
    assertThat(c.duckdb()).isEqualTo(defaults.duckdb());
    assertThat(c.resultCache()).isEqualTo(defaults.resultCache());
    assertThat(c.responseCache()).isEqualTo(defaults.responseCache());
    // nobody by default: users come from ./cchc users, the configuration or the province's SSO
    assertThat(c.security().users()).isEmpty();
    assertThat(c.security()).isEqualTo(defaults.security());
    assertThat(
            sources.stream()
                .flatMap(
                    s ->
                        java.util.Arrays.stream(
                            ((org.springframework.core.env.EnumerablePropertySource<?>) s)
                                .getPropertyNames()))
                .filter(k -> k.startsWith("cchc.") && !k.startsWith("cchc.security.")))
        .as("cchc keys application.yml sets besides the accounts")
        .isEmpty();
  }

  @Test
  void aSpillBoundThatIsNotASizeIsRefused() {
    assertThatThrownBy(
            () ->
                bind(
                    new MapConfigurationPropertySource(
                        Map.of("cchc.duckdb.max-spill-size", "nhiều"))))
        .rootCause()
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Cannot use max spill size: nhiều");
  }

  @Test
  void resultCacheKeysBind() {
    ApiConfig c =
        bind(
            new MapConfigurationPropertySource(
                Map.of(
                    "cchc.result-cache.max-entries",
                    "50",
                    "cchc.result-cache.max-cells",
                    "1000",
                    "cchc.result-cache.max-entry-cells",
                    "100")));
    assertThat(c.resultCache()).isEqualTo(new ApiConfig.ResultCache(50, 1000L, 100L));
  }

  @Test
  void responseCacheKeysBindSizes() {
    ApiConfig c =
        bind(
            new MapConfigurationPropertySource(
                Map.of(
                    "cchc.response-cache.max-bytes",
                    "256MB",
                    "cchc.response-cache.max-entry-bytes",
                    "4096")));
    assertThat(c.responseCache())
        .isEqualTo(new ApiConfig.ResponseCache(DataSize.ofMegabytes(256), DataSize.ofBytes(4096)));
  }

  @Test
  void aNegativeResponseCacheBoundIsRefused() {
    assertThatThrownBy(
            () ->
                bind(
                    new MapConfigurationPropertySource(
                        Map.of("cchc.response-cache.max-entry-bytes", "-1MB"))))
        .rootCause()
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Cannot use response cache max entry bytes: -1048576B");
  }

  @Test
  void aNegativeCacheBoundIsRefused() {
    assertThatThrownBy(
            () ->
                bind(
                    new MapConfigurationPropertySource(
                        Map.of("cchc.result-cache.max-cells", "-1"))))
        .rootCause()
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Cannot use result cache max cells: -1");
  }

  private static ApiConfig bind(MapConfigurationPropertySource source) {
    return new Binder(source).bind("cchc", ApiConfig.class).get();
  }
}
