package vn.cchc.ingestion;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import vn.cchc.ingestion.commit.Manifest;
import vn.cchc.ingestion.validate.Reject;
import vn.cchc.model.cli.CommandLine;
import vn.cchc.model.cli.ExitCode;
import vn.cchc.model.error.CchcException;

/**
 * {@code cchc ingest}: loads files into the warehouse and prints a summary per file. Exit codes
 * ({@link ExitCode}): 0 everything taken; 3 committed, but some rows or files were rejected; 2 bad
 * arguments, or nothing taken because every file was refused or every row rejected (the user must
 * fix the input; the warehouse is unchanged); 1 failure (nothing committed).
 */
public final class IngestCli {
  public static final int OK = ExitCode.OK;
  public static final int FAILED = ExitCode.FAILED;
  public static final int USAGE = ExitCode.USAGE;
  public static final int REJECTS = ExitCode.PARTIAL;
  private static final int SHOWN_REJECTS = 15;

  private IngestCli() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  public static int run(String... args) {
    return run(List.of(args), System.out, System.err);
  }

  static int run(List<String> args, PrintStream out, PrintStream err) {
    return run(args, System.getenv(), out, err);
  }

  /** As {@link #run(String...)} with an explicit environment and streams (for tests). */
  static int run(List<String> args, Map<String, String> env, PrintStream out, PrintStream err) {
    CommandLine commandLine = IngestOptions.COMMAND_LINE;
    IngestOptions options;
    try {
      CommandLine.Arguments arguments = commandLine.parse(args);
      if (arguments.help()) {
        return commandLine.printUsage(out);
      }
      options = IngestOptions.from(arguments, env);
    } catch (CchcException e) {
      return commandLine.refuse(e, err);
    }
    try {
      Ingestion.Result result = new Ingestion(options).run();
      print(result, options, out);
      if (result.nothingTaken()) {
        return USAGE;
      }
      return result.clean() ? OK : REJECTS;
    } catch (CchcException e) {
      err.println("Lỗi: " + e.getMessage());
      return ExitCode.of(e);
    }
  }

  private static void print(Ingestion.Result r, IngestOptions options, PrintStream out) {
    out.println(
        "Lô nạp " + r.batchId() + " → kho " + options.warehouse().toAbsolutePath().normalize());
    String format = "  %-46s %-20s %9s %9s %9s  %s%n";
    out.printf(format, "Tệp", "Bảng", "Đọc", "Nhận", "Loại", "Trạng thái");
    long read = 0;
    long accepted = 0;
    long rejected = 0;
    for (Manifest.FileEntry f : r.files()) {
      String name =
          java.nio.file.Path.of(f.file()).getFileName()
              + (f.sheet() == null || f.sheet().isEmpty() ? "" : "[" + f.sheet() + "]");
      out.printf(
          format,
          shorten(name, 46),
          f.table() == null ? "?" : f.table(),
          String.format("%,d", f.read()),
          String.format("%,d", f.accepted()),
          String.format("%,d", f.rejected()),
          status(f));
      read += f.read();
      accepted += f.accepted();
      rejected += f.rejected();
    }
    out.printf(
        format,
        "Tổng",
        "",
        String.format("%,d", read),
        String.format("%,d", accepted),
        String.format("%,d", rejected),
        "");
    out.println("Theo bảng:");
    String tableFormat = "  %-22s %6s %9s %9s %9s %11s %14s%n";
    out.printf(tableFormat, "Bảng", "Tệp", "Đọc", "Nhận", "Loại", "Thay đổi", "Trong kho");
    for (Map.Entry<String, Long> t : r.warehouseRows().entrySet()) {
      List<Manifest.FileEntry> of =
          r.files().stream().filter(f -> t.getKey().equals(f.table())).toList();
      if (of.isEmpty() && t.getValue() == 0) {
        continue;
      }
      out.printf(
          tableFormat,
          t.getKey(),
          of.size(),
          String.format("%,d", of.stream().mapToLong(Manifest.FileEntry::read).sum()),
          String.format("%,d", of.stream().mapToLong(Manifest.FileEntry::accepted).sum()),
          String.format("%,d", of.stream().mapToLong(Manifest.FileEntry::rejected).sum()),
          String.format("%,d", r.changedRows().getOrDefault(t.getKey(), 0L)),
          String.format("%,d", t.getValue()));
    }
    for (String w : r.warnings()) {
      out.println("  Cảnh báo: " + w);
    }
    for (String o : r.orphans()) {
      out.println("  " + o);
    }
    if (r.snapshotId().isPresent()) {
      out.println("Đã ghi phiên bản kho " + r.snapshotId().get() + ".");
    } else if (r.nothingTaken()) {
      out.println(
          r.files().stream().allMatch(f -> "REFUSED".equals(f.status()))
              ? "Không có tệp nào được nạp; kho giữ nguyên."
              : "Không có dòng nào được nhận: không có tệp nào được nạp; kho giữ nguyên.");
    } else {
      out.println(
          "Không có thay đổi nào: kho dữ liệu giữ nguyên"
              + r.changedRows().keySet().stream()
                  .findAny()
                  .map(t -> " (dữ liệu đã có sẵn trong kho)")
                  .orElse("")
              + ".");
    }
    if (!r.rejects().isEmpty()) {
      out.println(
          "Có " + r.rejects().size() + " lỗi; danh sách đầy đủ: " + r.rejectsFile().orElseThrow());
      for (Reject x : r.rejects().subList(0, Math.min(SHOWN_REJECTS, r.rejects().size()))) {
        out.println(
            "  "
                + java.nio.file.Path.of(x.file()).getFileName()
                + (x.sheet() == null || x.sheet().isEmpty() ? "" : "[" + x.sheet() + "]")
                + ", dòng "
                + x.row()
                + (x.column().isEmpty() ? "" : ", cột " + x.column())
                + " ["
                + x.rule()
                + "]: "
                + x.message());
      }
      if (r.rejects().size() > SHOWN_REJECTS) {
        out.println("  … và " + (r.rejects().size() - SHOWN_REJECTS) + " lỗi khác");
      }
    }
  }

  private static String status(Manifest.FileEntry f) {
    return switch (f.status()) {
      case "OK" -> "đã nhận";
      case "PARTIAL" -> "nhận một phần";
      default -> "TỪ CHỐI: " + f.reason();
    };
  }

  private static String shorten(String s, int max) {
    return s.length() <= max ? s : "…" + s.substring(s.length() - max + 1);
  }
}
