package vn.cchc.transforms;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/** In-process DuckDB for cross-checks and catalog reads. */
public final class DuckDb implements AutoCloseable {
  private final Connection connection;

  private DuckDb(Connection connection) {
    this.connection = connection;
  }

  public static DuckDb inMemory() throws SQLException {
    return new DuckDb(DriverManager.getConnection("jdbc:duckdb:"));
  }

  /** Wraps a connection the caller owns; closing the wrapper closes it. */
  public static DuckDb wrap(Connection connection) {
    return new DuckDb(connection);
  }

  public static DuckDb readOnly(Path file) throws SQLException {
    Properties p = new Properties();
    p.setProperty("duckdb.read_only", "true");
    return new DuckDb(DriverManager.getConnection("jdbc:duckdb:" + file, p));
  }

  /** The connection, for code that takes one (the connection stays owned by this wrapper). */
  public Connection connection() {
    return connection;
  }

  public void execute(String sql) throws SQLException {
    try (Statement st = connection.createStatement()) {
      st.execute(sql);
    }
  }

  /** Every row as an Object[]. */
  public List<Object[]> rows(String sql) throws SQLException {
    try (Statement st = connection.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      int n = rs.getMetaData().getColumnCount();
      List<Object[]> out = new ArrayList<>();
      while (rs.next()) {
        Object[] row = new Object[n];
        for (int i = 0; i < n; i++) {
          row[i] = rs.getObject(i + 1);
        }
        out.add(row);
      }
      return out;
    }
  }

  public Object scalar(String sql) throws SQLException {
    List<Object[]> rows = rows(sql);
    if (rows.size() != 1) {
      throw new AssertionError("expected one row from " + sql + " but got " + rows.size());
    }
    return rows.get(0)[0];
  }

  @Override
  public void close() throws SQLException {
    connection.close();
  }
}
