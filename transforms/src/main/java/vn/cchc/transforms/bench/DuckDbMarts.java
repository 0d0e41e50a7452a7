package vn.cchc.transforms.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import vn.cchc.model.schema.DuckDbDdl;
import vn.cchc.model.schema.InputTables;
import vn.cchc.model.schema.TableSchema;
import vn.cchc.transforms.TransformConfig;
import vn.cchc.transforms.inspection.InspectionTargets;
import vn.cchc.transforms.release.DuckDbCatalog;

/**
 * Every mart recomputed by plain DuckDB SQL ({@code marts.duckdb.sql}) over an ingest snapshot,
 * into tables {@code e_<mart>}: the yardstick of the benchmark and the independent check of the
 * Spark code.
 */
public final class DuckDbMarts {
  private DuckDbMarts() {}

  public static final String SCRIPT = "marts.duckdb.sql";
  public static final String EXPECTED_PREFIX = "e_";

  /** Creates views {@code raw_<table>} over the snapshot in the connection's database. */
  public static void createRawViews(Connection c, Path snapshotDir) throws SQLException {
    for (TableSchema table : InputTables.ALL) {
      execute(
          c,
          "CREATE OR REPLACE TEMP VIEW "
              + DuckDbDdl.quote(DuckDbCatalog.RAW_PREFIX + table.name())
              + " AS "
              + DuckDbCatalog.rawSelect(snapshotDir, table));
    }
  }

  /** Runs the script; afterwards {@code e_<mart>} holds each mart. */
  public static void compute(Connection c, TransformConfig config) throws SQLException {
    for (String statement : statements(config)) {
      execute(c, statement);
    }
  }

  static List<String> statements(TransformConfig config) {
    String script =
        script()
            .replace("${as_of}", config.asOf().toString())
            .replace("${weakness_threshold_pct}", Double.toString(config.weaknessThresholdPct()))
            .replace(
                "${weakness_threshold_label}",
                InspectionTargets.formatThreshold(config.weaknessThresholdPct()))
            .replace(
                "${small_sample_respondents}", Integer.toString(config.smallSampleRespondents()))
            .replace("${low_satisfaction_pct}", Double.toString(config.lowSatisfactionPct()))
            .replace(
                "${low_satisfaction_label}",
                InspectionTargets.formatThreshold(config.lowSatisfactionPct()));
    List<String> out = new ArrayList<>();
    for (String part : script.split("\n;\n")) {
      String sql =
          part.lines().filter(l -> !l.startsWith("--")).reduce("", (a, b) -> a + b + "\n").strip();
      if (!sql.isEmpty()) {
        out.add(sql.endsWith(";") ? sql.substring(0, sql.length() - 1) : sql);
      }
    }
    return out;
  }

  private static String script() {
    try (InputStream in = DuckDbMarts.class.getResourceAsStream(SCRIPT)) {
      if (in == null) {
        throw new IllegalStateException("Cannot find resource " + SCRIPT);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void execute(Connection c, String sql) throws SQLException {
    try (Statement st = c.createStatement()) {
      st.execute(sql);
    }
  }
}
