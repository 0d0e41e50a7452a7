package vn.cchc.ingestion.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import vn.cchc.model.error.CchcException;
import vn.cchc.model.error.ErrorCode;
import vn.cchc.model.schema.HeaderNames;
import vn.cchc.model.schema.InputTables;
import vn.cchc.model.schema.TableSchema;

/**
 * Finds the tables in the paths a user gives: every {@code .csv} and {@code .xlsx} below a
 * directory, in name order. A CSV file's name says its table ({@code self_scores.csv}, {@code
 * self_scores_2023.csv}); each XLSX sheet's name says its table. Sheets named after no table
 * (instructions, notes) are skipped.
 */
public final class SourceDiscovery {
  /**
   * What was found: sources to load, files that name no table, sheets named after no table, and
   * files of a folder that are not CSV or XLSX (each with the Vietnamese reason it was left out).
   */
  public record Found(
      List<SourceFile> sources,
      List<Path> unknownFiles,
      List<String> skippedSheets,
      List<String> skippedFiles) {}

  private SourceDiscovery() {}

  public static Found discover(List<Path> inputs) {
    List<Path> files = new ArrayList<>();
    List<String> skippedFiles = new ArrayList<>();
    for (Path input : inputs) {
      if (Files.isDirectory(input)) {
        try (Stream<Path> walk = Files.walk(input)) {
          for (Path p :
              walk.filter(Files::isRegularFile)
                  .filter(
                      p ->
                          !p.getFileName().toString().startsWith(".")
                              && !p.getFileName().toString().startsWith("~$"))
                  .sorted(Comparator.comparing(Path::toString))
                  .toList()) {
            if (extension(p).equals("csv") || extension(p).equals("xlsx")) {
              files.add(p);
            } else {
              skippedFiles.add(skipReason(input.relativize(p)));
            }
          }
        } catch (IOException e) {
          throw new CchcException(ErrorCode.IO_ERROR, "Không thể đọc thư mục: " + input, e);
        }
      } else if (Files.exists(input)) {
        files.add(input);
      } else {
        throw new CchcException(
            ErrorCode.INVALID_ARGUMENT, "Không thể nạp: không tìm thấy " + input);
      }
    }
    if (files.isEmpty()) {
      throw new CchcException(
          ErrorCode.INVALID_ARGUMENT,
          "Không thể nạp: không có tệp .csv hoặc .xlsx nào trong "
              + String.join(", ", inputs.stream().map(Path::toString).toList())
              + (skippedFiles.isEmpty() ? "" : " (" + String.join("; ", skippedFiles) + ")"));
    }
    List<SourceFile> sources = new ArrayList<>();
    List<Path> unknown = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    for (Path file : files) {
      if (extension(file).equals("xlsx")) {
        List<String> sheets;
        try {
          sheets = new XlsxSource(file).sheetNames();
        } catch (FileRefusedException e) {
          // a workbook that cannot be opened is reported against the table its file name suggests
          sources.add(new SourceFile(file, "", tableForFile(file).orElse(null)));
          continue;
        }
        int before = sources.size();
        for (String sheet : sheets) {
          Optional<TableSchema> table = InputTables.byName(sheet);
          if (table.isPresent()) {
            sources.add(new SourceFile(file, sheet, table.get()));
          } else {
            skipped.add(file.getFileName() + "[" + sheet + "]");
          }
        }
        if (sources.size() == before) {
          unknown.add(file);
        }
      } else {
        Optional<TableSchema> table = tableForFile(file);
        if (table.isPresent()) {
          sources.add(new SourceFile(file, null, table.get()));
        } else {
          unknown.add(file);
        }
      }
    }
    sources.sort(
        Comparator.comparingInt(s -> s.table() == null ? -1 : InputTables.ALL.indexOf(s.table())));
    return new Found(sources, unknown, skipped, skippedFiles);
  }

  private static String skipReason(Path file) {
    return switch (extension(file)) {
      case "xls", "xlsm", "xlsb", "ods" ->
          "Bỏ qua tệp "
              + file
              + ": định dạng ."
              + extension(file)
              + " không được hỗ trợ; hãy lưu lại dưới dạng Excel .xlsx (không macro) hoặc CSV UTF-8";
      default -> "Bỏ qua tệp " + file + ": không phải tệp .csv hoặc .xlsx";
    };
  }

  /**
   * The table a file name says: the whole base name, or its longest table-name prefix followed by _
   * - or space.
   */
  public static Optional<TableSchema> tableForFile(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String base = HeaderNames.normalise(dot > 0 ? name.substring(0, dot) : name);
    TableSchema best = null;
    int bestLength = -1;
    for (TableSchema table : InputTables.ALL) {
      List<String> names = new ArrayList<>(table.aliases());
      names.add(table.name());
      for (String candidate : names) {
        String n = HeaderNames.normalise(candidate);
        boolean matches = base.equals(n) || base.startsWith(n + " ");
        if (matches && n.length() > bestLength) {
          best = table;
          bestLength = n.length();
        }
      }
    }
    return Optional.ofNullable(best);
  }

  private static String extension(Path p) {
    String name = p.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }
}
