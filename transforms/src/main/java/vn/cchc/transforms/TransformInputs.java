package vn.cchc.transforms;

import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import vn.cchc.model.schema.InputTables;
import vn.cchc.model.schema.TableSchema;

/**
 * The ingested tables a transform reads, each in its warehouse form (declared columns plus
 * provenance).
 */
public record TransformInputs(Map<String, Dataset<Row>> tables) {

  public TransformInputs {
    tables = Map.copyOf(tables);
    for (TableSchema t : InputTables.ALL) {
      if (!tables.containsKey(t.name())) {
        throw new IllegalArgumentException(
            "Cannot build transform inputs: table " + t.name() + " is missing");
      }
    }
  }

  public Dataset<Row> table(TableSchema table) {
    return tables.get(table.name());
  }

  public Dataset<Row> methodologyVersions() {
    return table(InputTables.METHODOLOGY_VERSIONS);
  }

  public Dataset<Row> criteria() {
    return table(InputTables.CRITERIA);
  }

  public Dataset<Row> bands() {
    return table(InputTables.BANDS);
  }

  public Dataset<Row> units() {
    return table(InputTables.UNITS);
  }

  public Dataset<Row> lineage() {
    return table(InputTables.UNIT_LINEAGE);
  }

  public Dataset<Row> surveyQuestions() {
    return table(InputTables.SURVEY_QUESTIONS);
  }

  public Dataset<Row> selfScores() {
    return table(InputTables.SELF_SCORES);
  }

  public Dataset<Row> appraisals() {
    return table(InputTables.APPRAISALS);
  }

  public Dataset<Row> adjustments() {
    return table(InputTables.ADJUSTMENTS);
  }

  public Dataset<Row> surveyResponses() {
    return table(InputTables.SURVEY_RESPONSES);
  }

  public Dataset<Row> inspections() {
    return table(InputTables.INSPECTIONS);
  }

  public Dataset<Row> findings() {
    return table(InputTables.FINDINGS);
  }
}
