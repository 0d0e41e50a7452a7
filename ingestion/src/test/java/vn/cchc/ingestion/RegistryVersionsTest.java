package vn.cchc.ingestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.ingestion.validate.Reject;
import vn.cchc.ingestion.validate.RejectRule;
import vn.cchc.model.warehouse.WarehouseLayout;
import vn.cchc.testsupport.FileHashes;

/**
 * The registry as the state keeps it: official codes reused across periods (the new An Giang took
 * Kiên Giang's 91; new Phường Long Xuyên took Phường Mỹ Long's 30307), every reference resolved at
 * a date.
 */
class RegistryVersionsTest {
  /** The example of issue #9, with the district above Mỹ Long so that every parent exists. */
  private static final String UNITS =
      """
      unit_code,name,bloc,parent_code,valid_from,valid_to
      89,Tỉnh An Giang,TINH,,2015-01-01,2025-06-30
      883,Thành phố Long Xuyên,HUYEN,89,2015-01-01,2025-06-30
      91,Tỉnh Kiên Giang,TINH,,2015-01-01,2025-06-30
      91,Tỉnh An Giang,TINH,,2025-07-01,
      30307,Phường Mỹ Long,XA,883,2015-01-01,2025-06-30
      30307,Phường Long Xuyên,XA,91,2025-07-01,
      """;

  @TempDir Path tmp;
  Path warehouse;

  @BeforeEach
  void methodology() throws Exception {
    warehouse = tmp.resolve("wh");
    write(
        "methodology_versions.csv",
        """
        version,name,legal_basis,from_year,to_year
        V2022,Bộ tiêu chí 2022,103/QĐ-UBND,2022,2024
        V2025,Bộ tiêu chí 2025,55/QĐ-UBND,2025,
        """);
    write(
        "criteria.csv",
        """
        version,bloc,field_code,criterion_code,sub_criterion_code,name,max_points,assessment,scoring
        V2022,XA,1,,,Công tác chỉ đạo điều hành CCHC,,,
        V2022,XA,1,1.1,,Kế hoạch CCHC năm,,,
        V2022,XA,1,1.1,1.1.1,Ban hành kế hoạch CCHC đúng thời hạn,1,SELF,LEVELS:1|0.5|0
        V2025,XA,1,,,Công tác chỉ đạo điều hành CCHC,,,
        V2025,XA,1,1.1,,Kế hoạch CCHC năm,,,
        V2025,XA,1,1.1,1.1.1,Ban hành kế hoạch CCHC đúng thời hạn,1,SELF,LEVELS:1|0.5|0
        """);
    assertThat(ingest(file("methodology_versions.csv"), file("criteria.csv")).rejects()).isEmpty();
  }

  @Test
  void oneCodeNamesTwoUnitsOverPeriodsAndEveryReferenceResolvesAtItsDate() throws Exception {
    write("units.csv", UNITS);
    write(
        "unit_lineage.csv",
        """
        from_code,to_code,effective_date,kind,share
        30307,30307,2025-07-01,MERGE,1
        """);
    write(
        "self_scores.csv",
        """
        year,unit_code,sub_criterion_code,points
        2024,30307,1.1.1,0.5
        2025,30307,1.1.1,1
        """);
    Ingestion.Result r =
        ingest(file("units.csv"), file("unit_lineage.csv"), file("self_scores.csv"));

    assertThat(r.rejects()).isEmpty();
    assertThat(r.orphans()).isEmpty();
    assertThat(r.warehouseRows())
        .containsEntry("units", 6L)
        .containsEntry("unit_lineage", 1L)
        .containsEntry("self_scores", 2L);
    // the same join the transforms make: a year's code at 31 December of the year
    assertThat(
            query(
                "SELECT s.year, u.name FROM read_parquet('$S/self_scores/*/*.parquet', hive_partitioning = true) s"
                    + " JOIN read_parquet('$S/units/*.parquet') u ON u.unit_code = s.unit_code AND u.valid_from <= make_date(s.year, 12, 31)"
                    + " AND (u.valid_to IS NULL OR u.valid_to >= make_date(s.year, 12, 31)) ORDER BY s.year"))
        .containsExactly(List.of(2024L, "Phường Mỹ Long"), List.of(2025L, "Phường Long Xuyên"));
  }

  @Test
  void overlappingPeriodsOfOneCodeAreRejectedNamingBothRows() throws Exception {
    write("units.csv", UNITS + "30307,Phường Mỹ Thạnh,XA,91,2025-06-01,\n");
    Ingestion.Result r = ingest(file("units.csv"));

    assertThat(r.rejects())
        .extracting(Reject::row, Reject::column, Reject::rule)
        .containsExactlyInAnyOrder(
            tuple(6L, "valid_from", RejectRule.CONSISTENCY),
                tuple(7L, "valid_from", RejectRule.CONSISTENCY),
            tuple(8L, "valid_from", RejectRule.CONSISTENCY),
                tuple(8L, "valid_from", RejectRule.CONSISTENCY));
    assertThat(r.rejects())
        .filteredOn(x -> x.row() == 8)
        .extracting(Reject::message)
        .containsExactly(
            "Thời gian hiệu lực trùng với một phiên bản khác của mã 30307: Phường Mỹ Long (01/01/2015 – 30/06/2025,"
                + " units.csv dòng 6); mỗi thời điểm một mã chỉ gắn với một đơn vị",
            "Thời gian hiệu lực trùng với một phiên bản khác của mã 30307: Phường Long Xuyên (01/07/2025 – nay,"
                + " units.csv dòng 7); mỗi thời điểm một mã chỉ gắn với một đơn vị");
    assertThat(r.rejects())
        .filteredOn(x -> x.row() == 6)
        .extracting(Reject::message)
        .containsExactly(
            "Thời gian hiệu lực trùng với một phiên bản khác của mã 30307: Phường Mỹ Thạnh (01/06/2025 – nay,"
                + " units.csv dòng 8); mỗi thời điểm một mã chỉ gắn với một đơn vị");
    assertThat(r.warehouseRows()).containsEntry("units", 4L);
  }

  @Test
  void aParentMustExistOnEveryDayOfItsChildsPeriod() throws Exception {
    write(
        "units.csv",
        """
        unit_code,name,bloc,parent_code,valid_from,valid_to
        89,Tỉnh An Giang,TINH,,2015-01-01,2025-06-30
        30280,Phường Bình Đức,XA,89,2015-01-01,
        30281,Phường Mỹ Phước,XA,30281,2015-01-01,2025-06-30
        30282,Phường Mỹ Quý,XA,90,2015-01-01,2025-06-30
        """);
    Ingestion.Result r = ingest(file("units.csv"));

    assertThat(r.rejects())
        .extracting(Reject::row, Reject::column, Reject::message)
        .containsExactlyInAnyOrder(
            tuple(
                3L,
                "parent_code",
                "Đơn vị cấp trên '89' không có phiên bản nào có hiệu lực vào ngày 2025-07-01, trong"
                    + " thời gian hiệu lực của đơn vị 30280 (01/01/2015 – nay): đơn vị cấp trên phải tồn tại suốt thời gian đó"),
            tuple(4L, "parent_code", "Đơn vị 30281 không thể là đơn vị cấp trên của chính nó"),
            tuple(5L, "parent_code", "Đơn vị cấp trên '90' không có trong danh mục đơn vị"));
  }

  @Test
  void aLinkResolvesItsCodesTheDayBeforeAndOnItsDateAndAVersionIsNeverItsOwnPredecessor()
      throws Exception {
    write("units.csv", UNITS);
    write(
        "unit_lineage.csv",
        """
        from_code,to_code,effective_date,kind,share
        30307,30307,2025-07-01,MERGE,1
        91,91,2025-07-01,RENAME,1
        30307,30307,2025-03-01,RENAME,1
        883,30307,2025-08-01,MERGE,1
        """);
    Ingestion.Result r = ingest(file("units.csv"), file("unit_lineage.csv"));

    assertThat(r.rejects())
        .extracting(Reject::row, Reject::column, Reject::message)
        .containsExactlyInAnyOrder(
            tuple(
                4L,
                "to_code",
                "Đơn vị 30307 (01/01/2015 – 30/06/2025) không thể là tiền thân của chính nó: cùng một"
                    + " phiên bản còn hiệu lực cả trước và từ ngày 2025-03-01"),
            tuple(
                5L,
                "from_code",
                "Đơn vị cũ 883 không có phiên bản nào có hiệu lực vào ngày trước 2025-08-01 (hiệu lực"
                    + " 01/01/2015 – 30/06/2025)"));
    assertThat(r.warehouseRows()).containsEntry("unit_lineage", 2L);
  }

  @Test
  void aLineageCycleIsRejectedNamingEveryLinkOfIt() throws Exception {
    write(
        "units.csv",
        UNITS
            + """
        30308,Phường Mỹ Bình,XA,883,2015-01-01,2025-06-30
        30309,Phường Mỹ Xuyên,XA,883,2015-01-01,2025-06-30
        """);
    write(
        "unit_lineage.csv",
        """
        from_code,to_code,effective_date,kind,share
        30308,30309,2020-01-01,MERGE,1
        30309,30308,2021-01-01,MERGE,1
        30307,30307,2025-07-01,MERGE,1
        """);
    Ingestion.Result r = ingest(file("units.csv"), file("unit_lineage.csv"));

    String why =
        "Liên kết tạo vòng lặp trong lịch sử đơn vị: 30308@2015-01-01 → 30309@2015-01-01 → 30308@2015-01-01"
            + " (unit_lineage.csv dòng 2, unit_lineage.csv dòng 3); một đơn vị không thể là tiền thân của chính nó";
    assertThat(r.rejects())
        .extracting(Reject::row, Reject::column, Reject::message)
        .containsExactlyInAnyOrder(tuple(2L, "from_code", why), tuple(3L, "from_code", why));
    assertThat(r.warehouseRows()).containsEntry("unit_lineage", 1L);
  }

  /**
   * Parents resolve at each date: 30280 and the second version of 30281 are each other's parent
   * from 1 January 2020, a cycle; 30307 and 883 name each other by code too, but 30307 → 883 until
   * 30 June 2025 and 883 → 30307 from 1 July 2025 never share a day (a reused code, not a loop).
   */
  @Test
  void aParentCycleIsRejectedNamingItsRowsAndAReusedCodeIsNoLoop() throws Exception {
    write(
        "units.csv",
        """
        unit_code,name,bloc,parent_code,valid_from,valid_to
        89,Tỉnh An Giang,TINH,,2015-01-01,
        883,Thành phố Long Xuyên,HUYEN,89,2015-01-01,2025-06-30
        30307,Phường Mỹ Long,XA,883,2015-01-01,2025-06-30
        30307,Phường Long Xuyên,XA,89,2025-07-01,
        883,Khu phố Mỹ Long,XA,30307,2025-07-01,
        30280,Phường Bình Đức,XA,30281,2015-01-01,
        30281,Phường Mỹ Phước,XA,89,2015-01-01,2019-12-31
        30281,Phường Mỹ Phước,XA,30280,2020-01-01,
        """);
    Ingestion.Result r = ingest(file("units.csv"));

    String why =
        "Đơn vị cấp trên tạo vòng lặp từ ngày 2020-01-01: 30280@2015-01-01 → 30281@2020-01-01 →"
            + " 30280@2015-01-01 (mỗi đơn vị là cấp trên của đơn vị đứng trước; units.csv dòng 7,"
            + " units.csv dòng 9); một đơn vị không thể là cấp trên của chính nó, trực tiếp hay gián tiếp";
    assertThat(r.rejects())
        .extracting(Reject::row, Reject::column, Reject::rawValue, Reject::rule, Reject::message)
        .containsExactlyInAnyOrder(
            tuple(7L, "parent_code", "30281", RejectRule.CONSISTENCY, why),
            tuple(9L, "parent_code", "30280", RejectRule.CONSISTENCY, why));
    assertThat(r.warehouseRows()).containsEntry("units", 6L);
  }

  @Test
  void aRegistryLoadedInTwoBatchesClosesTheOldVersionsAndWarnsAboutRowsThatNoLongerResolve()
      throws Exception {
    // the pre-July registry: nobody knew yet when Mỹ Long would end
    write(
        "units.csv",
        """
        unit_code,name,bloc,parent_code,valid_from,valid_to
        89,Tỉnh An Giang,TINH,,2015-01-01,
        883,Thành phố Long Xuyên,HUYEN,89,2015-01-01,
        30307,Phường Mỹ Long,XA,883,2015-01-01,
        """);
    write(
        "self_scores_2024.csv", "year,unit_code,sub_criterion_code,points\n2024,30307,1.1.1,0.5\n");
    assertThat(ingest(file("units.csv"), file("self_scores_2024.csv")).rejects()).isEmpty();

    // the July registry alone, without closing Mỹ Long: its new version overlaps and is refused,
    // loudly
    Path july = tmp.resolve("july");
    Files.createDirectories(july);
    Files.writeString(
        july.resolve("units.csv"),
        """
        unit_code,name,bloc,parent_code,valid_from,valid_to
        91,Tỉnh An Giang,TINH,,2025-07-01,
        30307,Phường Long Xuyên,XA,91,2025-07-01,
        """);
    Ingestion.Result open = ingest(july.resolve("units.csv"));
    assertThat(open.rejects())
        .extracting(Reject::row, Reject::column)
        .containsExactly(tuple(3L, "valid_from"));
    assertThat(open.rejects().get(0).message())
        .startsWith(
            "Thời gian hiệu lực trùng với một phiên bản khác của mã 30307: Phường Mỹ Long (01/01/2015 – nay, units.csv dòng 4)");

    // the full July registry closes the old versions (same key: code and valid_from) and adds the
    // new ones
    write("units.csv", UNITS);
    Ingestion.Result full = ingest(file("units.csv"));
    assertThat(full.rejects()).isEmpty();
    assertThat(full.orphans()).isEmpty();
    assertThat(full.warehouseRows()).containsEntry("units", 6L);

    // a later correction that ends Mỹ Long before the end of 2024 strands its 2024 score: said, not
    // hidden
    String before = FileHashes.of(warehouse.resolve("ingest")).toString();
    write(
        "units.csv",
        "unit_code,name,bloc,parent_code,valid_from,valid_to\n30307,Phường Mỹ Long,XA,883,2015-01-01,2024-06-30\n");
    Ingestion.Result stranded = ingest(file("units.csv"));
    assertThat(stranded.rejects()).isEmpty();
    assertThat(stranded.clean()).isFalse();
    assertThat(stranded.orphans())
        .containsExactly(
            "Cảnh báo: 1 dòng self_scores năm 2024 (1 mã đơn vị, ví dụ 30307)"
                + " không còn thuộc đơn vị nào có hiệu lực vào ngày 31/12/2024 sau lượt nạp này. Các dòng được giữ nguyên trong"
                + " kho nhưng không được tính cho tới khi danh mục đơn vị được sửa (xem data_quality, quy tắc UNRESOLVED_UNIT)");
    assertThat(stranded.warehouseRows()).containsEntry("self_scores", 1L);
    assertThat(FileHashes.of(warehouse.resolve("ingest")).toString()).isNotEqualTo(before);
  }

  @Test
  void aRegistryChangeThatBreaksEarlierChildrenOrLinksIsReportedAndKeepsThem() throws Exception {
    write("units.csv", UNITS);
    write(
        "unit_lineage.csv",
        "from_code,to_code,effective_date,kind,share\n30307,30307,2025-07-01,MERGE,1\n");
    assertThat(ingest(file("units.csv"), file("unit_lineage.csv")).clean()).isTrue();

    // the district ends early: Mỹ Long, already in the warehouse, loses its parent for half a year
    write(
        "units.csv",
        "unit_code,name,bloc,parent_code,valid_from,valid_to\n"
            + "883,Thành phố Long Xuyên,HUYEN,89,2015-01-01,2024-12-31\n");
    Ingestion.Result district = ingest(file("units.csv"));
    assertThat(district.rejects()).isEmpty();
    assertThat(district.orphans())
        .containsExactly(
            "Cảnh báo: units.csv dòng 6 (đã có trong kho): Đơn vị cấp trên '883'"
                + " không có phiên bản nào có hiệu lực vào ngày 2025-01-01, trong thời gian hiệu lực của đơn vị 30307"
                + " (01/01/2015 – 30/06/2025): đơn vị cấp trên phải tồn tại suốt thời gian đó. Hãy nạp lại danh mục đơn vị đã sửa");

    // Mỹ Long ends with it: the parent is whole again, but the July link no longer has its
    // predecessor
    write(
        "units.csv",
        "unit_code,name,bloc,parent_code,valid_from,valid_to\n"
            + "30307,Phường Mỹ Long,XA,883,2015-01-01,2024-12-31\n");
    Ingestion.Result commune = ingest(file("units.csv"));
    assertThat(commune.rejects()).isEmpty();
    assertThat(commune.orphans())
        .containsExactly(
            "Cảnh báo: unit_lineage.csv dòng 2 (đã có trong kho): liên kết"
                + " 30307 → 30307 có đơn vị cũ 30307 không còn hiệu lực vào ngày trước 2025-07-01 sau lượt nạp này; liên kết"
                + " được giữ nguyên nhưng không được dùng khi quy đổi (AS_IS)");
    assertThat(commune.warehouseRows())
        .containsEntry("unit_lineage", 1L)
        .containsEntry("units", 6L);
  }

  @Test
  void pruningKeepsEverySnapshotThatAPublishedReleaseReads() throws Exception {
    write("units.csv", UNITS);
    assertThat(ingest(file("units.csv")).snapshotId()).contains("s000002");
    // a release published over s000002, as the transform writes it
    WarehouseLayout layout = new WarehouseLayout(warehouse);
    Files.createDirectories(layout.releaseDir("r20261201T000000Z"));
    Files.writeString(
        layout.releaseDir("r20261201T000000Z").resolve(WarehouseLayout.RELEASE_INFO),
        "{\n  \"release_id\": \"r20261201T000000Z\",\n  \"snapshot_id\": \"s000002\"\n}\n");
    for (String name : List.of("Phường Mỹ Hòa", "Phường Mỹ Hòa (sửa)")) {
      write(
          "units.csv",
          "unit_code,name,bloc,parent_code,valid_from,valid_to\n30307,"
              + name
              + ",XA,883,2015-01-01,2025-06-30\n");
      assertThat(
              new Ingestion(
                      new IngestOptions(
                          List.of(file("units.csv")),
                          warehouse,
                          IngestOptions.OnError.SKIP_ROW,
                          null,
                          1))
                  .run()
                  .rejects())
          .isEmpty();
    }
    try (var snapshots = Files.list(layout.snapshotsDir())) {
      assertThat(snapshots.map(p -> p.getFileName().toString()).sorted())
          .containsExactly("s000002", "s000004");
    }

    // while a transform runs (it holds releases/.lock and reads s000004, which no release names
    // yet), nothing goes
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process transform =
        new ProcessBuilder(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                HoldFileLock.class.getName(),
                layout.releaseLock().toString())
            .redirectErrorStream(true)
            .start();
    try {
      assertThat(
              new java.io.BufferedReader(new java.io.InputStreamReader(transform.getInputStream()))
                  .readLine())
          .isEqualTo("locked");
      write(
          "units.csv",
          "unit_code,name,bloc,parent_code,valid_from,valid_to\n30307,Phường Mỹ Hòa,XA,883,2015-01-01,2025-06-29\n");
      assertThat(
              new Ingestion(
                      new IngestOptions(
                          List.of(file("units.csv")),
                          warehouse,
                          IngestOptions.OnError.SKIP_ROW,
                          null,
                          1))
                  .run()
                  .snapshotId())
          .contains("s000005");
      try (var snapshots = Files.list(layout.snapshotsDir())) {
        assertThat(snapshots.map(p -> p.getFileName().toString()).sorted())
            .containsExactly("s000002", "s000004", "s000005");
      }
    } finally {
      transform.getOutputStream().close();
      transform.waitFor();
    }
  }

  private Ingestion.Result ingest(Path... inputs) {
    return new Ingestion(
            new IngestOptions(List.of(inputs), warehouse, IngestOptions.OnError.SKIP_ROW, null, 10))
        .run();
  }

  private void write(String name, String content) throws Exception {
    Files.writeString(file(name), content);
  }

  private Path file(String name) {
    return tmp.resolve(name);
  }

  private List<List<Object>> query(String sqlWithSnapshot) throws Exception {
    Path snapshot = new WarehouseLayout(warehouse).currentSnapshotDir().orElseThrow();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sqlWithSnapshot.replace("$S", snapshot.toString()))) {
      List<List<Object>> rows = new ArrayList<>();
      while (rs.next()) {
        List<Object> row = new ArrayList<>();
        for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
          row.add(rs.getObject(i));
        }
        rows.add(row);
      }
      return rows;
    }
  }
}
