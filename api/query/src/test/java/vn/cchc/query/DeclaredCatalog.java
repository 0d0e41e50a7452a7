package vn.cchc.query;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import vn.cchc.model.mart.MartTables;
import vn.cchc.model.schema.DuckDbDdl;
import vn.cchc.model.schema.InputTables;
import vn.cchc.model.schema.TableSchema;
import vn.cchc.query.catalog.Rows;

/**
 * An in-process DuckDB holding, empty, the objects a published catalog holds, created from the
 * model's declarations only: every mart under its own name, every ingested table as {@code
 * raw_<name>} with the warehouse's provenance columns, and {@code release_info}. These are the
 * names the transform's {@code DuckDbCatalog} publishes (the query layer does not depend on the
 * transform, so they are written here; {@code QueriesAgainstSchemasTest} compares them with the
 * sample release's catalog).
 */
public final class DeclaredCatalog implements AutoCloseable {
  /** The prefix of an ingested table's view, as {@code DuckDbCatalog.RAW_PREFIX}. */
  public static final String RAW_PREFIX = "raw_";

  private final Connection db;

  private DeclaredCatalog(Connection db) {
    this.db = db;
  }

  public static DeclaredCatalog create() {
    try {
      DeclaredCatalog catalog = new DeclaredCatalog(DriverManager.getConnection("jdbc:duckdb:"));
      for (TableSchema t : InputTables.ALL) {
        catalog.exec(DuckDbDdl.createTable(RAW_PREFIX + t.name(), t.warehouseColumns()));
      }
      for (TableSchema t : MartTables.ALL) {
        catalog.exec(DuckDbDdl.createTable(t.name(), t.columns()));
      }
      catalog.exec(
          "CREATE TABLE release_info (release_id VARCHAR, snapshot_id VARCHAR, as_of_date DATE)");
      return catalog;
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot create the declared catalog: " + e.getMessage(), e);
    }
  }

  public void exec(String sql) throws SQLException {
    try (Statement st = db.createStatement()) {
      st.execute(sql);
    }
  }

  /**
   * Runs every query on this catalog; a query DuckDB cannot bind fails with DuckDB's message and
   * the SQL.
   */
  public QueryExecutor executor() {
    return (sql, params) -> {
      try (PreparedStatement ps = db.prepareStatement(sql)) {
        for (int i = 0; i < params.size(); i++) {
          ps.setObject(i + 1, params.get(i));
        }
        try (ResultSet rs = ps.executeQuery()) {
          return Rows.readAll(rs);
        }
      } catch (SQLException e) {
        throw new IllegalStateException(e.getMessage() + "\n" + sql, e);
      }
    };
  }

  @Override
  public void close() throws SQLException {
    db.close();
  }
}
