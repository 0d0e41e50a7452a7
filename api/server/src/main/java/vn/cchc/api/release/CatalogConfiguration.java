package vn.cchc.api.release;

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
 * Spring.
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
  Dimensions dimensions(CatalogConnections c) {
    return new Dimensions(c);
  }

  @Bean
  RankingQueries rankingQueries(CatalogConnections c) {
    return new RankingQueries(c);
  }

  @Bean
  MethodologyQueries methodologyQueries(CatalogConnections c) {
    return new MethodologyQueries(c);
  }

  @Bean
  UnitQueries unitQueries(CatalogConnections c) {
    return new UnitQueries(c);
  }

  @Bean
  CommuneMapQueries communeMapQueries(CatalogConnections c) {
    return new CommuneMapQueries(c);
  }

  @Bean
  TrendQueries trendQueries(CatalogConnections c) {
    return new TrendQueries(c);
  }

  @Bean
  HeatmapQueries heatmapQueries(CatalogConnections c) {
    return new HeatmapQueries(c);
  }

  @Bean
  AppraisalQueries appraisalQueries(CatalogConnections c) {
    return new AppraisalQueries(c);
  }

  @Bean
  SatisfactionQueries satisfactionQueries(CatalogConnections c) {
    return new SatisfactionQueries(c);
  }

  @Bean
  InspectionQueries inspectionQueries(CatalogConnections c) {
    return new InspectionQueries(c);
  }

  @Bean
  RemediationQueries remediationQueries(CatalogConnections c) {
    return new RemediationQueries(c);
  }

  @Bean
  DataQualityQueries dataQualityQueries(CatalogConnections c) {
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
