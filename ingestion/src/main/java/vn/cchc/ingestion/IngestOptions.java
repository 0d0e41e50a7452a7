package vn.cchc.ingestion;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.cchc.model.cli.CommandLine;
import vn.cchc.model.error.CchcException;
import vn.cchc.model.error.ErrorCode;

/**
 * Settings of one ingest run. Keys are kebab-case command-line options; the warehouse may also come
 * from the environment ({@code CCHC_WAREHOUSE}); defaults are the named constants.
 *
 * @param encoding charset for CSV files without a byte-order mark; null means UTF-8
 */
public record IngestOptions(
    List<Path> inputs, Path warehouse, OnError onError, Charset encoding, int keepSnapshots) {
  public static final String DEFAULT_WAREHOUSE = CommandLine.DEFAULT_WAREHOUSE;
  public static final OnError DEFAULT_ON_ERROR = OnError.SKIP_ROW;
  public static final int DEFAULT_KEEP_SNAPSHOTS = 10;

  /** What a rejected row does to its file. */
  public enum OnError {
    /** The row is left out; the rest of the file is taken. */
    SKIP_ROW,
    /** Any rejected row refuses the whole file. */
    FAIL_FILE
  }

  public IngestOptions {
    inputs = List.copyOf(inputs);
  }

  public static final String USAGE =
      """
      Cách dùng: cchc ingest TỆP_HOẶC_THƯ_MỤC… [--warehouse THƯ_MỤC] [--on-error skip-row|fail-file]
                             [--encoding windows-1258] [--keep-snapshots N]
        Nạp các tệp CSV/XLSX (mỗi tệp hoặc mỗi trang tính là một bảng, tên tệp/trang tính là tên bảng).
        --warehouse       kho dữ liệu (mặc định ./warehouse, hoặc biến môi trường CCHC_WAREHOUSE)
        --on-error        skip-row: bỏ dòng lỗi, nhận phần còn lại (mặc định); fail-file: một dòng lỗi là từ chối cả tệp
        --encoding        bảng mã của tệp CSV không có BOM (mặc định UTF-8), ví dụ windows-1258
        --keep-snapshots  số phiên bản kho được giữ lại (mặc định 10)
      """;

  /** The command line of {@code cchc ingest}, read the way every command reads its own. */
  public static final CommandLine COMMAND_LINE =
      CommandLine.of(USAGE)
          .option(CommandLine.WAREHOUSE, "on-error", "encoding", "keep-snapshots")
          .positionals();

  public static IngestOptions parse(List<String> args, Map<String, String> env) {
    return from(COMMAND_LINE.parse(args), env);
  }

  /**
   * The settings a read command line gives; the warehouse as {@link CommandLine#warehouse} resolves
   * it.
   */
  public static IngestOptions from(CommandLine.Arguments arguments, Map<String, String> env) {
    List<Path> inputs = arguments.positionals().stream().map(Path::of).toList();
    if (inputs.isEmpty()) {
      throw new CchcException(
          ErrorCode.INVALID_ARGUMENT, "Không thể nạp: chưa chỉ ra tệp hoặc thư mục nào");
    }
    return new IngestOptions(
        inputs,
        arguments.warehouse(env),
        arguments.value("on-error").map(IngestOptions::onError).orElse(DEFAULT_ON_ERROR),
        arguments.value("encoding").map(IngestOptions::charset).orElse(null),
        arguments.positiveInt("keep-snapshots", DEFAULT_KEEP_SNAPSHOTS));
  }

  private static OnError onError(String raw) {
    return switch (raw.toLowerCase(Locale.ROOT)) {
      case "skip-row" -> OnError.SKIP_ROW;
      case "fail-file" -> OnError.FAIL_FILE;
      default ->
          throw new CchcException(
              ErrorCode.INVALID_ARGUMENT,
              "Không thể dùng --on-error " + raw + ": chỉ nhận skip-row hoặc fail-file");
    };
  }

  private static Charset charset(String raw) {
    try {
      return Charset.forName(raw);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      throw new CchcException(ErrorCode.INVALID_ARGUMENT, "Không thể dùng bảng mã: " + raw);
    }
  }
}
