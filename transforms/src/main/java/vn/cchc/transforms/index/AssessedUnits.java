package vn.cchc.transforms.index;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.make_date;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import vn.cchc.model.methodology.Bloc;
import vn.cchc.transforms.TransformInputs;
import vn.cchc.transforms.unit.UnitVersions;

/**
 * Which unit versions are assessed in which year under which methodology version. A version is
 * assessed in year Y when it exists on 31 December of Y and belongs to a ranked bloc; the
 * assessment years are those that have self scores or appraisals.
 */
public final class AssessedUnits {
  private AssessedUnits() {}

  private static final Object[] RANKED_BLOCS =
      Bloc.rankedBlocs().stream().map(Bloc::name).toArray();

  /** year, version: the methodology version in force in each assessment year. */
  public static Dataset<Row> yearVersions(TransformInputs in) {
    Dataset<Row> years =
        in.selfScores().select("year").union(in.appraisals().select("year")).distinct();
    Dataset<Row> versions = in.methodologyVersions();
    return years
        .join(
            versions,
            col("year")
                .geq(col("from_year"))
                .and(col("to_year").isNull().or(col("year").leq(col("to_year")))))
        .select(col("year"), col("version"));
  }

  /**
   * year, unit_code, unit_key, unit_name, bloc, version for every version assessed in an assessment
   * year.
   */
  public static Dataset<Row> assessed(TransformInputs in) {
    Dataset<Row> units = UnitVersions.versions(in).filter(col("bloc").isin(RANKED_BLOCS));
    return units
        .crossJoin(yearVersions(in))
        .filter(existsOnLastDay(col("year")))
        .select("year", "unit_code", "unit_key", "unit_name", "bloc", "version");
  }

  /** Whether the unit row (valid_from, valid_to) exists on 31 December of {@code year}. */
  public static Column existsOnLastDay(Column year) {
    Column lastDay = make_date(year, lit(12), lit(31));
    return col("valid_from")
        .leq(lastDay)
        .and(col("valid_to").isNull().or(col("valid_to").geq(lastDay)));
  }

  /** year, unit_key of versions that have at least one self score or appraisal. */
  public static Dataset<Row> scoredUnits(TransformInputs in) {
    return UnitVersions.selfScores(in)
        .select("year", "unit_key")
        .union(UnitVersions.appraisals(in).select("year", "unit_key"))
        .distinct();
  }
}
