package vn.cchc.api.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.api.Marts;
import vn.cchc.api.ServerTestBase;
import vn.cchc.testsupport.Repo;

/**
 * The reminder workbook as a unit receives it: downloaded over HTTP and read by openpyxl (another
 * implementation of the format than the POI that wrote it), checked against the raw findings.
 */
class ReminderListTest extends ServerTestBase {
  /** One of the sample's findings, open on the release date at six units. */
  static final String NOT_SIGNED =
      "Chưa sử dụng chữ ký số trong gửi, nhận văn bản điện tử đối với một số văn bản";

  /** Prints what a reader of the workbook sees, as JSON (ASCII, non-ASCII escaped). */
  static final String READ_WORKBOOK =
      """
      import datetime, json, sys, unicodedata
      import openpyxl
      ws = openpyxl.load_workbook(sys.argv[1]).active
      rows = list(ws.iter_rows(min_row=4))
      descriptions = [r[8].value for r in rows]
      print(json.dumps({
          "sheet": ws.title,
          "title": ws.cell(row=1, column=1).value,
          "headers": [c.value for c in ws[3]],
          "freeze": ws.freeze_panes,
          "rows": len(rows),
          "units": [f"{r[1].value} | {r[2].value}" for r in rows],
          "descriptions": descriptions,
          "all_nfc": all(unicodedata.is_normalized("NFC", d) for d in descriptions),
          "due_dates": [r[10].value.date().isoformat() if isinstance(r[10].value, datetime.datetime)
                        else repr(r[10].value) for r in rows],
          "due_are_dates": all(r[10].is_date for r in rows),
          "due_formats": sorted({r[10].number_format for r in rows}),
          "statuses": sorted({r[12].value for r in rows}),
      }))
      """;

  @TempDir Path dir;

  @Test
  void theWorkbookReadByOpenpyxlHoldsEveryOpenFindingWithItsVietnameseTextAndDates()
      throws Exception {
    Answer download = get(Caller.ANALYST, "/api/v1/findings/reminders.xlsx");
    assertThat(download.status()).isEqualTo(200);
    assertThat(download.contentType())
        .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    assertThat(download.raw().headers().firstValue("Content-Disposition"))
        .hasValue("attachment; filename=\"nhac-khac-phuc-2026-06-30.xlsx\"");
    Path file = dir.resolve("nhac-khac-phuc.xlsx");
    Files.write(file, download.body());
    JsonNode read = openpyxl(file);

    assertThat(read.get("sheet").asText()).isEqualTo("Nhắc khắc phục");
    assertThat(read.get("title").asText())
        .isEqualTo("Danh sách tồn tại, hạn chế cần đôn đốc khắc phục — tính đến ngày 30/06/2026");
    assertThat(texts(read.get("headers")))
        .containsExactly(
            "STT",
            "Đơn vị",
            "Mã đơn vị",
            "Khối",
            "Mã cuộc kiểm tra",
            "Năm kiểm tra",
            "Lĩnh vực",
            "Mức độ",
            "Nội dung tồn tại",
            "Kiến nghị",
            "Hạn khắc phục",
            "Số ngày quá hạn / còn lại",
            "Tình trạng");
    assertThat(read.get("freeze").asText()).isEqualTo("A4");
    long open = count("SELECT count(*) FROM raw_findings WHERE remediated_on IS NULL");
    assertThat(read.get("rows").asLong()).isEqualTo(open).isEqualTo(63);

    assertThat(Normalizer.isNormalized(NOT_SIGNED, Normalizer.Form.NFC)).isTrue();
    assertThat(read.get("all_nfc").asBoolean()).isTrue();
    assertThat(texts(read.get("descriptions")).stream().filter(NOT_SIGNED::equals).count())
        .isEqualTo(
            count(
                "SELECT count(*) FROM raw_findings WHERE remediated_on IS NULL AND description = ?",
                NOT_SIGNED))
        .isEqualTo(6);
    assertThat(texts(read.get("descriptions")))
        .containsExactlyInAnyOrderElementsOf(
            Marts.rows("SELECT description FROM raw_findings WHERE remediated_on IS NULL").stream()
                .map(r -> (String) r.get(0))
                .toList());

    assertThat(read.get("due_are_dates").asBoolean()).isTrue();
    assertThat(texts(read.get("due_formats"))).containsExactly("dd/mm/yyyy");
    assertThat(texts(read.get("due_dates")))
        .containsExactlyInAnyOrderElementsOf(
            Marts.rows(
                    "SELECT CAST(due_date AS VARCHAR) FROM raw_findings WHERE remediated_on IS NULL")
                .stream()
                .map(r -> (String) r.get(0))
                .toList());
    assertThat(texts(read.get("statuses"))).containsExactly("Quá hạn");

    // grouped by unit (name and code): a unit's rows are consecutive
    List<String> units = texts(read.get("units"));
    Set<String> seen = new LinkedHashSet<>();
    for (int i = 0; i < units.size(); i++) {
      if (i == 0 || !units.get(i).equals(units.get(i - 1))) {
        assertThat(seen.add(units.get(i))).as("rows of %s together", units.get(i)).isTrue();
      }
    }
    // in the tracker's order of units
    List<String> tracker = new ArrayList<>();
    getJson("/api/v1/findings/tracker")
        .get("rows")
        .forEach(
            r -> tracker.add(r.get("unit_label").asText() + " | " + r.get("unit_code").asText()));
    assertThat(new ArrayList<>(seen)).isEqualTo(tracker);

    // the JSON list holds the same rows
    JsonNode json = getJson("/api/v1/findings/reminders");
    assertThat(json.get("count").asLong()).isEqualTo(open);
    assertThat(json.get("rows").findValuesAsText("description"))
        .containsExactlyElementsOf(texts(read.get("descriptions")));
  }

  private JsonNode openpyxl(Path workbook) throws IOException, InterruptedException {
    Path script = dir.resolve("read_workbook.py");
    Files.writeString(script, READ_WORKBOOK, StandardCharsets.UTF_8);
    Path errors = dir.resolve("read_workbook.err");
    Process p =
        new ProcessBuilder(Repo.python(), script.toString(), workbook.toString())
            .redirectError(errors.toFile())
            .start();
    byte[] out = p.getInputStream().readAllBytes();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue())
        .as("%s read_workbook.py: %s", Repo.python(), Files.readString(errors))
        .isZero();
    return JSON.readTree(new String(out, StandardCharsets.UTF_8));
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(v -> out.add(v.asText()));
    return out;
  }

  private static long count(String sql, Object... params) {
    return ((Number) Marts.single(sql, params)).longValue();
  }
}
