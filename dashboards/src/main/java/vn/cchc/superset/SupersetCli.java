package vn.cchc.superset;

import java.io.Console;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
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
 * {@code cchc superset sync --url URL --user USER [--warehouse DIR]} provisions the leaders' dashboard
 * into a Superset (password from {@code SUPERSET_PASSWORD} or a prompt); {@code cchc superset bundle --out
 * FILE.zip [--warehouse DIR]} writes the same assets bundle for import by hand. Exit codes: 0 done,
 * 2 usage, 3 Superset unreachable, refusing the login or of an unsupported version, 1 internal error.
 */
public final class SupersetCli {
  private SupersetCli() {}

  public static final int OK = 0;
  public static final int INTERNAL = 1;
  public static final int USAGE = 2;
  public static final int SUPERSET = 3;

  static final String USAGE_TEXT = """
      Cách dùng:
        cchc superset sync --url URL --user NGƯỜI_DÙNG [--warehouse THƯ_MỤC] [--timeout-seconds N]
            tạo/cập nhật bảng điều khiển của lãnh đạo trong Superset (mật khẩu: biến SUPERSET_PASSWORD hoặc nhập khi được hỏi)
        cchc superset bundle --out TỆP.zip [--warehouse THƯ_MỤC]
            ghi gói tài sản để nhập bằng tay (POST /api/v1/assets/import/)""";

  public static void main(String[] args) {
    System.exit(run(args));
  }

  public static int run(String... args) {
    return run(System.out, System.err, System.getenv(), SupersetCli::promptPassword, args);
  }

  /** As {@link #run(String...)} with explicit streams, environment and password prompt (for tests). */
  public static int run(PrintStream out, PrintStream err, Map<String, String> env, Supplier<String> prompt,
      String... args) {
    if (args.length == 0 || Set.of("-h", "--help", "help").contains(args[0])) {
      (args.length == 0 ? err : out).println(USAGE_TEXT);
      return args.length == 0 ? USAGE : OK;
    }
    try {
      Map<String, String> options = parse(Arrays.copyOfRange(args, 1, args.length));
      SupersetConfig config = SupersetConfig.from(options, env);
      return switch (args[0]) {
        case "sync" -> sync(config, prompt, out);
        case "bundle" -> bundle(config, options.get("out"), out);
        default -> throw new CchcException(ErrorCode.INVALID_ARGUMENT, "Không có lệnh 'superset " + args[0] + "'");
      };
    } catch (CchcException e) {
      err.println(e.getMessage());
      if (e.type() == ErrorType.USER) {
        err.println(USAGE_TEXT);
        return USAGE;
      }
      return e.type() == ErrorType.EXTERNAL ? SUPERSET : INTERNAL;
    } catch (RuntimeException e) {
      err.println("Lỗi nội bộ khi đồng bộ Superset (đồng bộ chưa hoàn tất): " + e);
      e.printStackTrace(err);
      return INTERNAL;
    }
  }

  private static int sync(SupersetConfig config, Supplier<String> prompt, PrintStream out) {
    var url = config.url().orElseThrow(() -> new CchcException(ErrorCode.INVALID_ARGUMENT, "Thiếu --url"));
    String user = config.user().orElseThrow(() -> new CchcException(ErrorCode.INVALID_ARGUMENT, "Thiếu --user"));
    WarehouseCatalog catalog = WarehouseCatalog.of(config.warehouse());
    DashboardDefinition dashboard = LeadersDashboard.definition(catalog.latestIndexYear());
    String password = config.password().orElseGet(prompt);
    if (password == null || password.isEmpty()) {
      throw new CchcException(ErrorCode.INVALID_ARGUMENT,
          "Thiếu mật khẩu Superset: đặt biến SUPERSET_PASSWORD hoặc chạy trong cửa sổ dòng lệnh để nhập");
    }
    SyncReport r = new Provisioner(new SupersetClient(url, config.timeout()))
        .sync(user, password, dashboard, catalog.file());
    out.printf("Đã đồng bộ Superset %s tại %s%n", r.supersetVersion(), url);
    out.printf("  bảng điều khiển: %s (id %d)%n", r.dashboardUrl(), r.dashboardId());
    out.printf("  %d biểu đồ, %d tập dữ liệu trên %s%n", r.chartIds().size(), r.datasetIds().size(), catalog.file());
    out.printf("  đã xoá %d biểu đồ không còn định nghĩa%s%n", r.removedCharts().size(),
        r.removedCharts().isEmpty() ? "" : ": " + String.join(", ", r.removedCharts()));
    out.printf("  đặt query_context cho %d biểu đồ; bố cục %s%n", r.queryContextsSet(),
        r.layoutFixed() ? "đã cập nhật" : "không đổi");
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
      Files.write(target, BundleBuilder.zip(LeadersDashboard.definition(catalog.latestIndexYear()), catalog.file()));
    } catch (IOException e) {
      throw new CchcException(ErrorCode.IO_ERROR, "Không thể ghi gói tài sản " + target + ": " + e.getMessage(), e);
    }
    stdout.printf("Đã ghi gói tài sản Superset %s (cơ sở dữ liệu %s)%n", target, BundleBuilder.sqlalchemyUri(catalog.file()));
    return OK;
  }

  static Map<String, String> parse(String... args) {
    Map<String, String> values = new HashMap<>();
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (!a.startsWith("--") || a.length() == 2) {
        throw new CchcException(ErrorCode.INVALID_ARGUMENT, "Không thể hiểu tham số: " + a);
      }
      String key = a.substring(2);
      int eq = key.indexOf('=');
      if (eq >= 0) {
        values.put(key.substring(0, eq), key.substring(eq + 1));
      } else if (i + 1 < args.length) {
        values.put(key, args[++i]);
      } else {
        throw new CchcException(ErrorCode.INVALID_ARGUMENT, "Không thể hiểu tham số: " + a + " thiếu giá trị");
      }
    }
    Set<String> known = Set.of("url", "user", "warehouse", "out", "timeout-seconds");
    for (String key : values.keySet()) {
      if (!known.contains(key)) {
        throw new CchcException(ErrorCode.INVALID_ARGUMENT, "Không thể hiểu tham số: --" + key);
      }
    }
    return values;
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
