package vn.cchc.superset;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import vn.cchc.model.error.CchcException;
import vn.cchc.model.error.ErrorCode;
import vn.cchc.model.warehouse.DuckDbFiles;
import vn.cchc.model.warehouse.WarehouseLayout;

/**
 * The warehouse's DuckDB catalog, opened read-only: a Superset may hold it open at the same time.
 */
record WarehouseCatalog(Path file) {

  static WarehouseCatalog of(WarehouseLayout warehouse) {
    Path catalog = warehouse.catalogFile();
    if (!Files.isRegularFile(catalog)) {
      throw new CchcException(
          ErrorCode.NOT_FOUND,
          "Không thể tìm thấy catalog DuckDB của kho: "
              + catalog
              + " (chạy './cchc transform --warehouse "
              + warehouse.root()
              + "' trước)");
    }
    return new WarehouseCatalog(catalog);
  }

  /** The latest year with an index: the year the dashboard opens on. */
  int latestIndexYear() {
    // the catalog is attached, not named in the URL: DuckDB's JDBC URL cannot hold a ';' of the
    // path
    try (Connection c = DriverManager.getConnection(DuckDbFiles.IN_MEMORY_URL);
        Statement st = c.createStatement()) {
      st.execute(DuckDbFiles.attachReadOnly(file));
      return latestIndexYear(st);
    } catch (SQLException e) {
      throw new CchcException(
          ErrorCode.IO_ERROR, "Không thể đọc catalog DuckDB " + file + ": " + e.getMessage(), e);
    }
  }

  private int latestIndexYear(Statement st) throws SQLException {
    try (ResultSet rs = st.executeQuery("SELECT max(year) FROM index_scores")) {
      rs.next();
      int year = rs.getInt(1);
      if (rs.wasNull()) {
        throw new CchcException(
            ErrorCode.NOT_FOUND,
            "Không thể dựng bảng điều khiển: bản phát hành trong "
                + file
                + " chưa có Chỉ số CCHC nào");
      }
      return year;
    }
  }
}
