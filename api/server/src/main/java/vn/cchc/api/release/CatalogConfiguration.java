package vn.cchc.api.release;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import vn.cchc.api.ApiConfig;
import vn.cchc.query.Dimensions;
import vn.cchc.query.appraisal.AppraisalQueries;
import vn.cchc.query.catalog.CatalogConnections;
import vn.cchc.query.heatmap.HeatmapQueries;
import vn.cchc.query.inspection.InspectionQueries;
import vn.cchc.query.inspection.RemediationQueries;
import vn.cchc.query.map.CommuneMapQueries;
import vn.cchc.query.methodology.MethodologyQueries;
import vn.cchc.query.quality.DataQualityQueries;
import vn.cchc.query.ranking.RankingQueries;
import vn.cchc.query.sql.AdhocSql;
import vn.cchc.query.sql.SqlAudit;
import vn.cchc.query.survey.SatisfactionQueries;
import vn.cchc.query.trend.TrendQueries;
import vn.cchc.query.unit.UnitQueries;

/**
 * The catalog connection and the query layer on top of it, as beans; the query classes know no
 * Spring. The query classes read through {@link ReleaseResultCache}; ad-hoc SQL, the health check
 * and the release's own description read the catalog directly. {@link ReleaseCaching} validates the
 * answers over HTTP and keeps whole answers in {@link ResponseBodyCache}.
 */
@Configuration
@EnableScheduling
public class CatalogConfiguration {
  @Bean(destroyMethod = "close")
  CatalogConnections catalogConnections(ApiConfig config) {
    MemoryBudget.check(config.duckdb().sandbox());
    return new CatalogConnections(
        config.warehouse(), config.duckdb().sandbox(), config.queryTimeout());
  }

  @Bean
  ReleaseResultCache releaseResultCache(CatalogConnections c, ApiConfig config) {
    return new ReleaseResultCache(c, config.resultCache());
  }

  /**
   * Gzips a kept answer as Tomcat would, from the same {@code server.compression} settings; an
   * identical miss waits for the one computing the answer at most the query timeout.
   */
  @Bean
  ResponseBodyCache responseBodyCache(ApiConfig config, ObjectProvider<ServerProperties> server) {
    // no ServerProperties without a web server (a context started only to check the configuration)
    return new ResponseBodyCache(
        config.responseCache(),
        ResponseBodyCache.Gzip.of(server.getIfAvailable(ServerProperties::new).getCompression()),
        config.queryTimeout());
  }

  /** After Spring Security's filter chain: the caller is known, refused requests never get here. */
  @Bean
  FilterRegistrationBean<ReleaseCaching> releaseCaching(
      CatalogConnections c, ResponseBodyCache bodies) {
    FilterRegistrationBean<ReleaseCaching> r =
        new FilterRegistrationBean<>(new ReleaseCaching(c, bodies));
    r.setOrder(ReleaseCaching.ORDER);
    r.addUrlPatterns(ReleaseCaching.API + "*");
    return r;
  }

  @Bean
  Dimensions dimensions(ReleaseResultCache c) {
    return new Dimensions(c);
  }

  @Bean
  RankingQueries rankingQueries(ReleaseResultCache c) {
    return new RankingQueries(c);
  }

  @Bean
  MethodologyQueries methodologyQueries(ReleaseResultCache c) {
    return new MethodologyQueries(c);
  }

  @Bean
  UnitQueries unitQueries(ReleaseResultCache c) {
    return new UnitQueries(c);
  }

  @Bean
  CommuneMapQueries communeMapQueries(ReleaseResultCache c) {
    return new CommuneMapQueries(c);
  }

  @Bean
  TrendQueries trendQueries(ReleaseResultCache c) {
    return new TrendQueries(c);
  }

  @Bean
  HeatmapQueries heatmapQueries(ReleaseResultCache c) {
    return new HeatmapQueries(c);
  }

  @Bean
  AppraisalQueries appraisalQueries(ReleaseResultCache c) {
    return new AppraisalQueries(c);
  }

  @Bean
  SatisfactionQueries satisfactionQueries(ReleaseResultCache c) {
    return new SatisfactionQueries(c);
  }

  @Bean
  InspectionQueries inspectionQueries(ReleaseResultCache c) {
    return new InspectionQueries(c);
  }

  @Bean
  RemediationQueries remediationQueries(ReleaseResultCache c) {
    return new RemediationQueries(c);
  }

  @Bean
  DataQualityQueries dataQualityQueries(ReleaseResultCache c) {
    return new DataQualityQueries(c);
  }

  @Bean
  SqlAudit sqlAudit(ApiConfig config) {
    return config.sql().auditFile() != null
        ? new SqlAudit(config.sql().auditFile())
        : SqlAudit.inWarehouse(config.warehouse());
  }

  @Bean
  AdhocSql adhocSql(CatalogConnections c, SqlAudit audit, ApiConfig config) {
    return new AdhocSql(c, audit, config.sql().maxRows(), config.sql().timeout());
  }
}
