package vn.cchc.report.plan;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import vn.cchc.model.cli.CommandLine;
import vn.cchc.model.cli.ExitCode;
import vn.cchc.model.error.CchcException;
import vn.cchc.model.error.ErrorCode;
import vn.cchc.report.ReportCli;
import vn.cchc.report.model.CurrentRelease;

/**
 * {@code ./cchc inspection-plan} and {@code ./cchc inspection-notice}: the drafts of next year's
 * inspection plan and of one inspection's conclusion notice, as DOCX (and PDF through LibreOffice).
 * Exit codes ({@link ExitCode}): 0 done, 2 the user must change something (a year without an index,
 * no units to propose, an unknown inspection, a bad option or configuration), 1 any other failure.
 */
public final class InspectionPlanCli {
  static final String PLAN_USAGE =
      """
      Cách dùng: ./cchc inspection-plan [--year NĂM] [--units N] [--config TỆP] [--out THƯ_MỤC] [--warehouse THƯ_MỤC]
        --year       năm của kế hoạch (mặc định: năm sau năm chỉ số mới nhất của bản phát hành)
        --units      số đơn vị đề xuất kiểm tra (mặc định: 30% số đơn vị được xếp hạng)
        --config     tệp cấu hình quy tắc lập kế hoạch (.properties, UTF-8; xem api/report/README.md)
        --out        thư mục ghi bản dự thảo (mặc định: ./out)
        --warehouse  kho dữ liệu (mặc định: biến CCHC_WAREHOUSE hoặc ./warehouse)""";
  static final String NOTICE_USAGE =
      """
      Cách dùng: ./cchc inspection-notice --inspection MÃ [--out THƯ_MỤC] [--warehouse THƯ_MỤC]
        --inspection mã cuộc kiểm tra (cột inspection_id của bảng inspections)
        --out        thư mục ghi bản dự thảo (mặc định: ./out)
        --warehouse  kho dữ liệu (mặc định: biến CCHC_WAREHOUSE hoặc ./warehouse)""";
  static final CommandLine PLAN =
      CommandLine.of(PLAN_USAGE).option("year", "units", "config", "out", CommandLine.WAREHOUSE);
  static final CommandLine NOTICE =
      CommandLine.of(NOTICE_USAGE).option("inspection", "out", CommandLine.WAREHOUSE);

  private InspectionPlanCli() {}

  public static void main(String[] args) {
    System.exit(plan(utf8(System.out), utf8(System.err), System.getenv(), args));
  }

  /** The entry point of {@code ./cchc inspection-notice}. */
  public static final class Notice {
    private Notice() {}

    public static void main(String[] args) {
      System.exit(notice(utf8(System.out), utf8(System.err), System.getenv(), args));
    }
  }

  static int plan(PrintStream out, PrintStream err, Map<String, String> env, String... args) {
    CommandLine.Arguments a;
    Integer year;
    PlanConfig config;
    try {
      a = PLAN.parse(args);
      if (a.help()) {
        return PLAN.printUsage(out);
      }
      year = a.value("year").map(ReportCli::year).orElse(null);
      config = a.value("config").map(f -> PlanConfig.load(Path.of(f))).orElse(PlanConfig.DEFAULTS);
      if (a.value("units").isPresent()) {
        config = config.withUnits(a.positiveInt("units", 1));
      }
    } catch (CchcException e) {
      return PLAN.refuse(e, err);
    }
    Path outDir = Path.of(a.value("out", "out"));
    PlanConfig rules = config;
    return run(
        err,
        () -> {
          InspectionPlan plan =
              CurrentRelease.read(
                  a.warehouse(env),
                  (catalog, release) ->
                      new PlanAssembler(catalog)
                          .assemble(year, release.releaseId(), release.asOfDate(), rules));
          List<Path> files =
              DraftOutput.write(
                  PlanDocument.of(plan),
                  outDir,
                  "ke-hoach-kiem-tra-cchc-" + plan.planYear(),
                  env,
                  err);
          out.println(
              "Đã lập dự thảo Kế hoạch kiểm tra công tác cải cách hành chính năm "
                  + plan.planYear()
                  + " từ bản phát hành "
                  + plan.releaseId()
                  + ": "
                  + plan.units().size()
                  + " đơn vị đề xuất trong "
                  + plan.ranked()
                  + " đơn vị xếp hạng; "
                  + DraftOutput.describe(files, DraftOutput::kib));
          return files.size() == 2 ? ExitCode.OK : ExitCode.PARTIAL;
        });
  }

  static int notice(PrintStream out, PrintStream err, Map<String, String> env, String... args) {
    CommandLine.Arguments a;
    String id;
    try {
      a = NOTICE.parse(args);
      if (a.help()) {
        return NOTICE.printUsage(out);
      }
      id =
          a.value("inspection")
              .map(String::strip)
              .filter(s -> !s.isEmpty())
              .orElseThrow(
                  () ->
                      new CchcException(
                          ErrorCode.INVALID_ARGUMENT, "Thiếu --inspection MÃ (mã cuộc kiểm tra)"));
    } catch (CchcException e) {
      return NOTICE.refuse(e, err);
    }
    Path outDir = Path.of(a.value("out", "out"));
    return run(
        err,
        () -> {
          NoticeDocument.Notice n =
              CurrentRelease.read(
                  a.warehouse(env), (catalog, release) -> NoticeDocument.read(catalog, id));
          List<Path> files =
              DraftOutput.write(
                  NoticeDocument.of(n),
                  outDir,
                  "thong-bao-ket-luan-kiem-tra-" + DraftOutput.safe(id),
                  env,
                  err);
          out.println(
              "Đã lập dự thảo Thông báo kết luận kiểm tra "
                  + id
                  + " ("
                  + n.unitLabel()
                  + ", "
                  + n.findings().size()
                  + " tồn tại): "
                  + DraftOutput.describe(files, DraftOutput::kib));
          return files.size() == 2 ? ExitCode.OK : ExitCode.PARTIAL;
        });
  }

  interface Step {
    int run();
  }

  private static int run(PrintStream err, Step step) {
    try {
      return step.run();
    } catch (CchcException e) {
      err.println(e.getMessage());
      return ExitCode.of(e);
    } catch (RuntimeException e) {
      if (Boolean.getBoolean("cchc.debug")) {
        e.printStackTrace(err);
      }
      err.println(
          "Không thể lập bản dự thảo: lỗi nội bộ ("
              + e.getClass().getSimpleName()
              + ": "
              + e.getMessage()
              + ")");
      return ExitCode.FAILED;
    }
  }

  private static PrintStream utf8(PrintStream s) {
    return new PrintStream(s, true, StandardCharsets.UTF_8);
  }
}
