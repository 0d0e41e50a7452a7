package vn.cchc.superset;

import java.io.Console;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import vn.cchc.model.cli.CommandLine;
import vn.cchc.model.cli.ExitCode;
import vn.cchc.model.error.CchcException;
import vn.cchc.model.error.ErrorCode;
import vn.cchc.model.error.ErrorType;
import vn.cchc.superset.bundle.BundleBuilder;
import vn.cchc.superset.dashboard.DashboardDefinition;
import vn.cchc.superset.dashboard.LeadersDashboard;
import vn.cchc.superset.rest.SupersetClient;
import vn.cchc.superset.sync.Provisioner;
import vn.cchc.superset.sync.SyncReport;

/**
 * {@code cchc superset sync --url URL --user USER [--warehouse DIR]} provisions the leaders'
 * dashboard into a Superset (password from {@code SUPERSET_PASSWORD} or a prompt); {@code cchc
 * superset bundle --out FILE.zip [--warehouse DIR]} writes the same assets bundle for import by
 * hand. Exit codes ({@link ExitCode}): 0 done, 2 usage, 1 internal error; and this command's own 3:
 * Superset unreachable, refusing the login or of an unsupported version (dashboards/README.md),
 * nothing provisioned.
 */
public final class SupersetCli {
  private SupersetCli() {}

  public static final int OK = ExitCode.OK;
  public static final int INTERNAL = ExitCode.FAILED;
  public static final int USAGE = ExitCode.USAGE;

  /**
   * Superset failed us (an {@link ErrorType#EXTERNAL} error); documented as 3 since the command
   * exists.
   */
  public static final int SUPERSET = 3;

  static final String USAGE_TEXT =
      """
      Cách dùng:
        cchc superset sync --url URL --user NGƯỜI_DÙNG [--warehouse THƯ_MỤC] [--timeout-seconds N]
            tạo/cập nhật bảng điều khiển của lãnh đạo trong Superset (mật khẩu: biến SUPERSET_PASSWORD hoặc nhập khi được hỏi)
        cchc superset bundle --out TỆP.zip [--warehouse THƯ_MỤC]
            ghi gói tài sản để nhập bằng tay (POST /api/v1/assets/import/)
        Kho dữ liệu: --warehouse, hoặc biến CCHC_WAREHOUSE, hoặc ./warehouse.""";

  static final CommandLine COMMAND_LINE =
      CommandLine.of(USAGE_TEXT)
          .option("url", "user", CommandLine.WAREHOUSE, "out", "timeout-seconds");

  public static void main(String[] args) {
    System.exit(run(args));
  }

  public static int run(String... args) {
    return run(System.out, System.err, System.getenv(), SupersetCli::promptPassword, args);
  }

  /**
   * As {@link #run(String...)} with explicit streams, environment and password prompt (for tests).
   */
  public static int run(
      PrintStream out,
      PrintStream err,
      Map<String, String> env,
      Supplier<String> prompt,
      String... args) {
    if (args.length == 0) {
      err.println(USAGE_TEXT);
      return USAGE;
    }
    if (Set.of("-h", "--help", "help").contains(args[0])) {
      return COMMAND_LINE.printUsage(out);
    }
    try {
      CommandLine.Arguments options = COMMAND_LINE.parse(Arrays.copyOfRange(args, 1, args.length));
      if (options.help()) {
        return COMMAND_LINE.printUsage(out);
      }
      SupersetConfig config = SupersetConfig.from(options, env);
      return switch (args[0]) {
        case "sync" -> sync(config, prompt, out);
        case "bundle" -> bundle(config, options.value("out").orElse(null), out);
        default ->
            throw new CchcException(
                ErrorCode.INVALID_ARGUMENT, "Không có lệnh 'superset " + args[0] + "'");
      };
    } catch (CchcException e) {
      if (e.type() == ErrorType.USER) {
        return COMMAND_LINE.refuse(e, err);
      }
      err.println(e.getMessage());
      return e.type() == ErrorType.EXTERNAL ? SUPERSET : INTERNAL;
    } catch (RuntimeException e) {
      err.println("Lỗi nội bộ khi đồng bộ Superset (đồng bộ chưa hoàn tất): " + e);
      e.printStackTrace(err);
      return INTERNAL;
    }
  }

  private static int sync(SupersetConfig config, Supplier<String> prompt, PrintStream out) {
    var url =
        config
            .url()
            .orElseThrow(() -> new CchcException(ErrorCode.INVALID_ARGUMENT, "Thiếu --url"));
    String user =
        config
            .user()
            .orElseThrow(() -> new CchcException(ErrorCode.INVALID_ARGUMENT, "Thiếu --user"));
    WarehouseCatalog catalog = WarehouseCatalog.of(config.warehouse());
    DashboardDefinition dashboard = LeadersDashboard.definition(catalog.latestIndexYear());
    String password = config.password().orElseGet(prompt);
    if (password == null || password.isEmpty()) {
      throw new CchcException(
          ErrorCode.INVALID_ARGUMENT,
          "Thiếu mật khẩu Superset: đặt biến SUPERSET_PASSWORD hoặc chạy trong cửa sổ dòng lệnh để nhập");
    }
    SyncReport r =
        new Provisioner(new SupersetClient(url, config.timeout()))
            .sync(user, password, dashboard, catalog.file());
    out.printf("Đã đồng bộ Superset %s tại %s%n", r.supersetVersion(), url);
    out.printf("  bảng điều khiển: %s (id %d)%n", r.dashboardUrl(), r.dashboardId());
    out.printf(
        "  %d biểu đồ, %d tập dữ liệu trên %s%n",
        r.chartIds().size(), r.datasetIds().size(), catalog.file());
    out.printf(
        "  đã xoá %d biểu đồ không còn định nghĩa%s%n",
        r.removedCharts().size(),
        r.removedCharts().isEmpty() ? "" : ": " + String.join(", ", r.removedCharts()));
    out.printf(
        "  đặt query_context cho %d biểu đồ; bố cục %s%n",
        r.queryContextsSet(), r.layoutFixed() ? "đã cập nhật" : "không đổi");
    return OK;
  }

  private static int bundle(SupersetConfig config, String out, PrintStream stdout) {
    if (out == null) {
      throw new CchcException(ErrorCode.INVALID_ARGUMENT, "Thiếu --out TỆP.zip");
    }
    WarehouseCatalog catalog = WarehouseCatalog.of(config.warehouse());
    Path target = Path.of(out).toAbsolutePath();
    try {
      if (target.getParent() != null) {
        Files.createDirectories(target.getParent());
      }
      Files.write(
          target,
          BundleBuilder.zip(
              LeadersDashboard.definition(catalog.latestIndexYear()), catalog.file()));
    } catch (IOException e) {
      throw new CchcException(
          ErrorCode.IO_ERROR, "Không thể ghi gói tài sản " + target + ": " + e.getMessage(), e);
    }
    stdout.printf(
        "Đã ghi gói tài sản Superset %s (cơ sở dữ liệu %s)%n",
        target, BundleBuilder.sqlalchemyUri(catalog.file()));
    return OK;
  }

  private static String promptPassword() {
    Console console = System.console();
    if (console == null) {
      return null;
    }
    char[] pw = console.readPassword("Mật khẩu Superset: ");
    return pw == null ? null : new String(pw);
  }
}
