package vn.cchc.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.cchc.testsupport.Repo;
import vn.cchc.testsupport.SampleWarehouse;

/**
 * Issue 15, acceptance 3: a query larger than the sandbox's memory spills to the configured
 * directory only up to the configured size, is then refused with a Vietnamese problem — and the
 * server stays healthy.
 */
@SpringBootTest(
    classes = ApiServer.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class SqlSpillTest extends HttpTestBase {
  static final long MAX_SPILL_BYTES = 50L * 1024 * 1024;
  // the OFFSET makes DuckDB sort all 300 M rows: with the row cap alone it would keep a top-N
  static final String SORT_300M =
      "SELECT * FROM range(300000000) ORDER BY random() OFFSET 299999000";

  @DynamicPropertySource
  static void smallSandbox(DynamicPropertyRegistry r) {
    r.add("cchc.warehouse", () -> SampleWarehouse.get().toString());
    r.add("cchc.sql.audit-file", () -> auditFile().toString());
    r.add("cchc.sql.timeout", () -> "120s");
    r.add("cchc.duckdb.memory-limit", () -> "64MB");
    r.add("cchc.duckdb.max-spill-size", () -> "50MB");
    r.add("cchc.duckdb.spill-directory", () -> spillDirectory().toString());
  }

  static Path spillDirectory() {
    return Repo.root().resolve("api/target/sql-spill-test");
  }

  @Test
  void aQueryThatSpillsPastTheBoundIsRefusedAndTheServerStaysHealthy() throws Exception {
    AtomicBoolean running = new AtomicBoolean(true);
    AtomicLong peak = new AtomicLong();
    Thread watcher =
        new Thread(
            () -> {
              while (running.get()) {
                peak.accumulateAndGet(size(spillDirectory()), Math::max);
                try {
                  Thread.sleep(5);
                } catch (InterruptedException e) {
                  return;
                }
              }
            });
    watcher.start();
    Answer refused;
    try {
      refused = postSql(Caller.ANALYST, SORT_300M, "");
    } finally {
      running.set(false);
      watcher.join();
    }

    assertThat(refused.status()).as(refused.text()).isEqualTo(400);
    assertThat(refused.contentType()).startsWith("application/problem+json");
    JsonNode body = refused.json();
    assertThat(body.get("reason").asText()).isEqualTo("SPILL_LIMIT");
    assertThat(body.get("title").asText()).isEqualTo("Yêu cầu không hợp lệ");
    assertThat(body.get("detail").asText())
        .isEqualTo(
            "Không thể chạy xong câu lệnh: dữ liệu tạm ghi ra đĩa đã chạm giới hạn"
                + " 50MB của hộp cát, truy vấn đã bị dừng (hãy lọc bớt dữ liệu, chọn ít cột hơn hoặc bỏ sắp xếp trên bảng lớn)");
    // it really spilled, into the configured directory, and not past the bound
    assertThat(peak.get()).isGreaterThan(MAX_SPILL_BYTES / 2).isLessThanOrEqualTo(MAX_SPILL_BYTES);
    try (Stream<Path> folders = Files.list(spillDirectory())) {
      assertThat(folders.map(p -> p.getFileName().toString()).toList())
          .singleElement()
          .satisfies(
              n ->
                  assertThat(n)
                      .matches("p" + ProcessHandle.current().pid() + "-g\\d+-[0-9a-f]{32}"));
    }
    assertThat(Files.readString(auditFile()))
        .contains("\"sql\":\"" + SORT_300M + "\"", "\"outcome\":\"SPILL_LIMIT\"");

    assertThat(get(Caller.ANONYMOUS, "/api/v1/health").status()).isEqualTo(200);
    Answer normal = postSql(Caller.ANALYST, "SELECT count(*) AS n FROM index_scores", "");
    assertThat(normal.status()).as(normal.text()).isEqualTo(200);
    assertThat(normal.json().get("result").get("rows").get(0).get("n").asInt())
        .isEqualTo(((Number) Marts.single("SELECT count(*) FROM index_scores")).intValue());
    assertThat(getJson("/api/v1/ranking?year=2024&bloc=SO").get("count").asInt()).isPositive();
  }

  static long size(Path dir) {
    if (!Files.isDirectory(dir)) {
      return 0;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      return files
          .filter(Files::isRegularFile)
          .mapToLong(
              p -> {
                try {
                  return Files.size(p);
                } catch (IOException e) {
                  return 0; // deleted while walking
                }
              })
          .sum();
    } catch (IOException | UncheckedIOException e) {
      return 0;
    }
  }
}
