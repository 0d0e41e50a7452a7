package vn.cchc.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cchc.model.methodology.Bloc;
import vn.cchc.query.Dimensions;
import vn.cchc.query.catalog.CatalogConnections;
import vn.cchc.query.catalog.CatalogConnections.ReleaseRef;
import vn.cchc.report.model.AnnualReport;
import vn.cchc.report.model.ReportAssembler;

/**
 * The report reads its query results by column name, and a name the result does not have is an
 * error naming it ({@code ResultRow}), not a null read as zero. Assembling every year of the sample
 * release runs every read against a real result, on the branches one year does not reach: no
 * previous year (the first year), the district bloc (until 2025), the restated commune map (2025).
 */
class ReportColumnsTest {
  @Test
  void everyYearOfTheSampleReleaseReadsOnlyColumnsItsQueriesReturn() {
    List<AnnualReport> reports = new ArrayList<>();
    try (CatalogConnections catalog = CatalogConnections.open(SampleRelease.warehouse())) {
      ReleaseRef release = catalog.release().orElseThrow();
      for (int year : new Dimensions(catalog).years()) {
        reports.add(
            new ReportAssembler(catalog).assemble(year, release.releaseId(), release.asOfDate()));
      }
    }
    assertThat(reports).extracting(AnnualReport::year).contains(2020, 2024, 2025);
    assertThat(reports).anyMatch(r -> !r.hasPreviousYear());
    assertThat(reports)
        .anyMatch(r -> r.blocs().stream().anyMatch(b -> b.bloc().equals(Bloc.HUYEN.name())));
    assertThat(reports).anyMatch(r -> r.communeMap() != null && r.communeMap().restated());
    assertThat(reports).anyMatch(r -> !r.satisfaction().isEmpty());
    assertThat(reports)
        .anyMatch(
            r -> !r.inspections().byField().isEmpty() && !r.inspections().targets().isEmpty());
  }
}
