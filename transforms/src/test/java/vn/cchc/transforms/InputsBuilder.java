package vn.cchc.transforms;

import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import vn.cchc.model.schema.InputTables;
import vn.cchc.model.schema.TableSchema;
import vn.cchc.model.warehouse.AtomicFiles;
import vn.cchc.model.warehouse.WarehouseLayout;

/**
 * Small ingested inputs for tests, row by row in declared column order; provenance is filled in.
 */
public final class InputsBuilder {
  private final SparkSession spark;
  private final Map<String, List<Object[]>> rows = new LinkedHashMap<>();

  public InputsBuilder(SparkSession spark) {
    this.spark = spark;
    InputTables.ALL.forEach(t -> rows.put(t.name(), new ArrayList<>()));
  }

  public InputsBuilder row(TableSchema table, Object... values) {
    if (values.length != table.columns().size()) {
      throw new IllegalArgumentException(
          "Cannot add row to " + table.name() + ": " + values.length + " values");
    }
    rows.get(table.name()).add(values);
    return this;
  }

  public InputsBuilder version(String code, int fromYear, Integer toYear) {
    return row(
        InputTables.METHODOLOGY_VERSIONS,
        code,
        "Bộ tiêu chí " + code,
        "QĐ " + code,
        fromYear,
        toYear);
  }

  public InputsBuilder field(String version, String bloc, String fieldCode, String name) {
    return row(InputTables.CRITERIA, version, bloc, fieldCode, null, null, name, null, null, null);
  }

  public InputsBuilder criterion(String version, String bloc, String criterionCode, String name) {
    String field = criterionCode.substring(0, criterionCode.indexOf('.'));
    return row(
        InputTables.CRITERIA, version, bloc, field, criterionCode, null, name, null, null, null);
  }

  public InputsBuilder sub(
      String version, String bloc, String code, double max, String assessment) {
    String[] parts = code.split("\\.");
    String scoring = assessment.equals("SURVEY") ? "SURVEY" : "PROPORTIONAL";
    return row(
        InputTables.CRITERIA,
        version,
        bloc,
        parts[0],
        parts[0] + "." + parts[1],
        code,
        "TCTP " + code,
        max,
        assessment,
        scoring);
  }

  public InputsBuilder band(String version, String bloc, String band, double minPct, String label) {
    return row(InputTables.BANDS, version, bloc, band, minPct, label);
  }

  /**
   * A unit version named "Đơn vị CODE" under parent P, valid from {@code from} to {@code to} (null:
   * open).
   */
  public InputsBuilder unit(String code, String bloc, String from, String to) {
    return unit(code, "Đơn vị " + code, bloc, "P", from, to);
  }

  /** A unit version: the same code may come back with another name over a later period. */
  public InputsBuilder unit(
      String code, String name, String bloc, String parent, String from, String to) {
    return row(InputTables.UNITS, code, name, bloc, parent, date(from), date(to));
  }

  /**
   * A lineage link: {@code from} is resolved the day before {@code effective}, {@code to} on it, so
   * a code may link to its own next version ({@code 30307 → 30307}).
   */
  public InputsBuilder lineage(
      String from, String to, String effective, String kind, double share) {
    return row(InputTables.UNIT_LINEAGE, from, to, date(effective), kind, share);
  }

  public InputsBuilder self(int year, String unit, String sub, Double points) {
    return row(InputTables.SELF_SCORES, year, unit, sub, points, true, 1, null);
  }

  public InputsBuilder notApplicable(int year, String unit, String sub) {
    return row(InputTables.SELF_SCORES, year, unit, sub, null, false, 0, null);
  }

  public InputsBuilder appraisal(int year, String unit, String sub, int round, double points) {
    return row(InputTables.APPRAISALS, year, unit, sub, round, points, null);
  }

  public InputsBuilder adjustment(int year, String unit, String kind, double points) {
    return row(InputTables.ADJUSTMENTS, year, unit, kind, points, null);
  }

  public InputsBuilder question(
      String survey, String question, String component, String sub, String scale, String weights) {
    return row(
        InputTables.SURVEY_QUESTIONS, survey, question, component, sub, scale, weights, null);
  }

  public InputsBuilder response(
      int year,
      String survey,
      String respondent,
      String unit,
      String question,
      String answer,
      double weight) {
    return row(
        InputTables.SURVEY_RESPONSES, year, survey, respondent, unit, question, answer, weight);
  }

  public InputsBuilder inspection(String id, int year, String unit, String start, String end) {
    return row(
        InputTables.INSPECTIONS, id, year, unit, "ANNOUNCED", date(start), date(end), "Sở Nội vụ");
  }

  public InputsBuilder finding(
      String id, String inspection, String field, String due, String remediated) {
    return row(
        InputTables.FINDINGS,
        id,
        inspection,
        field,
        null,
        "MEDIUM",
        "Tồn tại " + id,
        null,
        date(due),
        date(remediated));
  }

  private static Date date(String iso) {
    return iso == null ? null : Date.valueOf(LocalDate.parse(iso));
  }

  public Dataset<Row> frame(TableSchema table) {
    List<Row> out = new ArrayList<>();
    int n = 2;
    for (Object[] values : rows.get(table.name())) {
      Object[] all = Arrays.copyOf(values, values.length + 3);
      all[values.length] = "b1";
      all[values.length + 1] = table.name() + ".csv";
      all[values.length + 2] = n++;
      out.add(RowFactory.create(all));
    }
    return spark.createDataFrame(out, SparkSchemas.warehouseStructType(table));
  }

  public TransformInputs build() {
    Map<String, Dataset<Row>> frames = new HashMap<>();
    InputTables.ALL.forEach(t -> frames.put(t.name(), frame(t)));
    return new TransformInputs(frames);
  }

  /**
   * Writes the rows as a committed ingest snapshot of a warehouse, in the layout ingestion writes.
   */
  public void writeSnapshot(Path warehouse, String snapshotId) throws java.io.IOException {
    WarehouseLayout layout = new WarehouseLayout(warehouse);
    Path dir = layout.snapshotDir(snapshotId);
    for (TableSchema t : InputTables.ALL) {
      if (rows.get(t.name()).isEmpty()) {
        continue; // a table no batch supplied is absent from the snapshot
      }
      Dataset<Row> frame = frame(t).coalesce(1);
      String target = WarehouseLayout.tableDir(dir, t).toString();
      if (t.partitioned()) {
        frame
            .write()
            .mode(SaveMode.Overwrite)
            .partitionBy(t.partitionColumn().orElseThrow())
            .parquet(target);
      } else {
        frame.write().mode(SaveMode.Overwrite).parquet(target);
      }
    }
    AtomicFiles.flipPointer(layout.snapshotPointer(), snapshotId);
  }
}
