package vn.cchc.query.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.model.error.CchcException;
import vn.cchc.testsupport.Repo;
import vn.cchc.testsupport.SampleWarehouse;

class CatalogConnectionsTest {
  @Test
  void aLeaseTakenBeforeASwapFinishesOnTheOldReleaseAndTheOldFileClosesAfterIt() throws Exception {
    Path wh = Repo.root().resolve("api/target/catalog-connections-warehouse");
    SampleWarehouse.deleteTree(wh);
    SampleWarehouse.copy(wh);
    try (CatalogConnections catalog = CatalogConnections.open(wh)) {
      String first = catalog.release().orElseThrow().releaseId();
      CatalogConnections.Lease old = catalog.lease();
      SampleWarehouse.publishCatalog(wh.resolve("catalog.duckdb"), wh, "r-next");
      assertThat(catalog.refresh()).isTrue();
      assertThat(catalog.release().orElseThrow().releaseId()).isEqualTo("r-next");
      assertThat(releaseId(old)).isEqualTo(first);
      try (CatalogConnections.Lease fresh = catalog.lease()) {
        assertThat(releaseId(fresh)).isEqualTo("r-next");
      }
      assertThat(scratchFiles(catalog)).isEqualTo(2);
      old.close();
      assertThat(scratchFiles(catalog)).isEqualTo(1);
      assertThat(catalog.refresh()).isFalse();
    }
  }

  @Test
  void aWarehouseWithoutReleaseSaysSoInVietnamese(@TempDir Path empty) {
    try (CatalogConnections catalog = CatalogConnections.open(empty)) {
      assertThat(catalog.release()).isEmpty();
      assertThatThrownBy(catalog::lease)
          .isInstanceOf(CchcException.class)
          .hasMessage(
              "Không thể đọc kho dữ liệu: chưa có bản phát hành nào trong "
                  + empty.toAbsolutePath().normalize()
                  + " (hãy chạy ./cchc transform)");
    }
  }

  @Test
  void theSandboxIsLockedOnEveryConnection() throws Exception {
    try (CatalogConnections catalog = CatalogConnections.open(SampleWarehouse.get());
        CatalogConnections.Lease lease = catalog.lease();
        Statement st = lease.connection().createStatement()) {
      try (ResultSet rs =
          st.executeQuery(
              "SELECT current_setting('enable_external_access'), current_setting('lock_configuration')")) {
        rs.next();
        assertThat(rs.getBoolean(1)).isFalse();
        assertThat(rs.getBoolean(2)).isTrue();
      }
      try (Statement st2 = lease.connection().createStatement()) {
        assertThatThrownBy(() -> st2.execute("SET enable_external_access = true"))
            .hasMessageContaining("the configuration has been locked");
      }
    }
  }

  @Test
  void spillGoesToItsOwnFolderPerCatalogAndLeftoversOfEndedProcessesAreRemoved(@TempDir Path spill)
      throws Exception {
    Path leftover = Files.createDirectories(spill.resolve("p" + Long.MAX_VALUE + "-g1"));
    Files.writeString(leftover.resolve("duckdb_temp_storage-0.tmp"), "x");
    Path unrelated = Files.createDirectories(spill.resolve("cua-nguoi-khac"));
    Sandbox small = new Sandbox("64MB", 1, spill, "20MB");
    try (CatalogConnections catalog =
            new CatalogConnections(
                SampleWarehouse.get(), small, CatalogConnections.DEFAULT_QUERY_TIMEOUT);
        CatalogConnections.Lease lease = catalog.lease();
        Statement st = lease.connection().createStatement()) {
      assertThat(leftover).doesNotExist();
      assertThat(unrelated).exists();
      try (ResultSet rs =
          st.executeQuery(
              "SELECT current_setting('temp_directory'), current_setting('max_temp_directory_size')")) {
        rs.next();
        assertThat(rs.getString(1))
            .matches(
                java.util.regex.Pattern.quote(
                        spill.resolve("p" + ProcessHandle.current().pid() + "-g1-").toString())
                    + "[0-9a-f]{32}");
        assertThat(rs.getString(2)).isEqualTo("19.0 MiB");
      }
    }
    try (var left = Files.list(spill)) {
      assertThat(left.map(p -> p.getFileName().toString()).toList())
          .containsExactly("cua-nguoi-khac");
    }
  }

  @Test
  void aSpillDirectoryThatCannotBeCreatedIsNamedInVietnamese(@TempDir Path tmp) throws Exception {
    Path file = Files.writeString(tmp.resolve("la-tep"), "");
    Sandbox blocked = new Sandbox("64MB", 1, file.resolve("spill"), "20MB");
    assertThatThrownBy(
            () ->
                new CatalogConnections(
                    SampleWarehouse.get(), blocked, CatalogConnections.DEFAULT_QUERY_TIMEOUT))
        .isInstanceOf(CchcException.class)
        .hasMessageStartingWith(
            "Không thể tạo thư mục dữ liệu tạm cho truy vấn "
                + file.resolve("spill")
                + " (cchc.duckdb.spill-directory): ");
  }

  private static String releaseId(CatalogConnections.Lease lease) throws Exception {
    try (Statement st = lease.connection().createStatement();
        ResultSet rs = st.executeQuery("SELECT release_id FROM release_info")) {
      rs.next();
      return rs.getString(1);
    }
  }

  private static long scratchFiles(CatalogConnections catalog) throws Exception {
    Path scratch = catalog.scratchDir();
    try (var files = Files.list(scratch)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".duckdb")).count();
    }
  }

  @Test
  void theSelfContainedCatalogLeavesNoFolderReadable() throws Exception {
    Path wh = SampleWarehouse.get().toAbsolutePath().normalize();
    try (CatalogConnections catalog = CatalogConnections.open(wh);
        CatalogConnections.Lease lease = catalog.lease()) {
      assertThat(catalog.readableDirectories(lease.connection())).isEmpty();
    }
  }
}
