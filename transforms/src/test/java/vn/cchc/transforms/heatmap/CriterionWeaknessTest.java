package vn.cchc.transforms.heatmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import vn.cchc.model.mart.MartTables;
import vn.cchc.transforms.MartRows;
import vn.cchc.transforms.Rows;
import vn.cchc.transforms.SparkTestBase;

class CriterionWeaknessTest extends SparkTestBase {

  private static Map<String, Object> crit(int year, String unit, String code, double pct) {
    return MartRows.values(
        "year",
        year,
        "unit_code",
        unit,
        "unit_key",
        unit + "@2000-01-01",
        "bloc",
        "SO",
        "version",
        "V1",
        "level",
        "CRITERION",
        "field_code",
        code.substring(0, 1),
        "criterion_code",
        code,
        "code",
        code,
        "name",
        "Tiêu chí " + code,
        "points",
        pct / 10,
        "max_points",
        10.0,
        "pct",
        pct);
  }

  @Test
  void weakUnitsAreCountedAndThoseWeakTwoYearsRunningNamed() {
    List<Map<String, Object>> rows =
        new ArrayList<>(
            List.of(
                crit(2023, "A", "1.1", 40),
                crit(2023, "B", "1.1", 60),
                crit(2023, "C", "1.1", 45),
                crit(2024, "A", "1.1", 30),
                crit(2024, "B", "1.1", 40),
                crit(2024, "C", "1.1", 80),
                crit(2024, "A", "2.1", 50)));
    rows.add(
        MartRows.values(
            "year",
            2024,
            "unit_code",
            "A",
            "unit_key",
            "A@2000-01-01",
            "bloc",
            "SO",
            "version",
            "V1",
            "level",
            "FIELD",
            "field_code",
            "1",
            "code",
            "1",
            "name",
            "Lĩnh vực 1",
            "points",
            3.0,
            "max_points",
            10.0,
            "pct",
            30.0));
    Dataset<Row> heatmap =
        CriterionHeatmap.compute(MartRows.frame(spark, MartTables.COMPONENT_SCORES, rows), 50);
    Map<String, Row> cells = Rows.byKey(heatmap, "year", "unit_code", "criterion_code");
    assertThat(cells).hasSize(7);
    assertThat(cells.get("2024|A|1.1").<Boolean>getAs("weak")).isTrue();
    assertThat(cells.get("2024|A|2.1").<Boolean>getAs("weak"))
        .as("exactly at the threshold")
        .isFalse();
    assertThat(cells.get("2024|A|1.1").<Double>getAs("attainment_pct")).isEqualTo(30.0);

    Map<String, Row> weakness =
        Rows.byKey(CriterionWeakness.compute(heatmap, 50), "year", "criterion_code");
    Row w = weakness.get("2024|1.1");
    assertThat(w.<Integer>getAs("units")).isEqualTo(3);
    assertThat(w.<Double>getAs("mean_attainment_pct")).isCloseTo(50.0, within(1e-9));
    assertThat(w.<Integer>getAs("units_below")).isEqualTo(2);
    assertThat(w.<Double>getAs("share_below_pct")).isCloseTo(200.0 / 3, within(1e-9));
    assertThat(w.<Integer>getAs("persistent_units")).isEqualTo(1);
    assertThat(w.<String>getAs("persistent_unit_codes")).isEqualTo("A");
    assertThat(w.<Double>getAs("threshold_pct")).isEqualTo(50.0);
    assertThat(weakness.get("2023|1.1").<Integer>getAs("persistent_units")).isZero();
    assertThat(weakness.get("2023|1.1").<String>getAs("persistent_unit_codes")).isNull();
    assertThat(weakness.get("2023|1.1").<Integer>getAs("units_below")).isEqualTo(2);
  }
}
