package vn.cchc.api.security;

import java.io.Console;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import vn.cchc.model.cli.CommandLine;
import vn.cchc.model.cli.ExitCode;
import vn.cchc.model.error.CchcException;
import vn.cchc.model.error.ErrorCode;
import vn.cchc.query.Dimensions;
import vn.cchc.query.catalog.CatalogConnections;

/**
 * {@code ./cchc users add|list|disable|enable|reset-password}: the local user store ({@link
 * UserStore}) of a province without single sign-on. A password is typed twice without echo (or read
 * from one line of standard input with {@code --password-stdin}) and must pass {@link
 * PasswordPolicy}; only its bcrypt hash is stored. Exit codes ({@link ExitCode}): 0 done, 1 the
 * store could not be read or written, 2 a refused argument or password.
 */
public final class UsersCli {
  private UsersCli() {}

  static final CommandLine COMMAND_LINE =
      CommandLine.of(
              """
      Cách dùng: ./cchc users add TÊN --role LEADER|ANALYST|ADMIN|UNIT [--units MÃ[,MÃ…]] [--password-stdin]
                 ./cchc users list
                 ./cchc users disable TÊN | enable TÊN
                 ./cchc users reset-password TÊN [--password-stdin]
        Quản lý kho người dùng cục bộ (khi tỉnh chưa có đăng nhập một lần). Vai trò:
          LEADER   lãnh đạo: xem mọi kết quả, không chạy SQL, không xuất danh sách theo đơn vị
          ANALYST  chuyên viên phân tích: thêm truy vấn SQL và xuất danh sách theo đơn vị
          ADMIN    quản trị viên: thêm xem nhật ký
          UNIT     cán bộ đơn vị: kết quả đã công bố và chi tiết của đơn vị mình (--units: mã đơn vị,
                   hoặc mã@ngày hiệu lực khi mã đã dùng cho đơn vị khác trước đó, ví dụ 30307@2025-07-01)
        Mật khẩu được gõ ẩn hai lần (ít nhất 10 ký tự, không phổ biến, không chứa tên đăng nhập);
        máy chủ đọc lại kho khi tệp thay đổi, không cần khởi động lại.
        --warehouse THƯ_MỤC  kho dữ liệu (mặc định $CCHC_WAREHOUSE hoặc ./warehouse); kho người dùng là
                             THƯ_MỤC/access/users.json
        --store TỆP          dùng tệp kho người dùng khác (như cchc.security.user-store của máy chủ)
        --password-stdin     đọc mật khẩu từ một dòng của đầu vào chuẩn
        --no-check           không đối chiếu --units với danh mục đơn vị của bản phát hành hiện hành""")
          .option(CommandLine.WAREHOUSE, "store", "role", "units")
          .flag("password-stdin", "no-check")
          .positionals();

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ZoneId.systemDefault());

  public static void main(String[] args) {
    System.exit(
        run(
            args,
            System.getenv(),
            stdin -> stdin ? readLine() : readTwice(),
            System.out,
            System.err,
            Clock.systemUTC()));
  }

  /**
   * The command with its environment, password source (given whether {@code --password-stdin} was
   * asked for), output streams and clock; returns the exit code.
   */
  static int run(
      String[] args,
      Map<String, String> env,
      Function<Boolean, String> password,
      PrintStream out,
      PrintStream err,
      Clock clock) {
    CommandLine.Arguments a;
    try {
      a = COMMAND_LINE.parse(args);
      if (a.help()) {
        return COMMAND_LINE.printUsage(out);
      }
    } catch (CchcException e) {
      return COMMAND_LINE.refuse(e, err);
    }
    List<String> words = a.positionals();
    String action = words.isEmpty() ? "" : words.get(0);
    UserStore store =
        new UserStore(
            a.value("store")
                .map(Path::of)
                .orElseGet(
                    () -> a.warehouse(env).resolve(vn.cchc.api.ApiConfig.DEFAULT_USER_STORE)));
    try {
      switch (action) {
        case "list" -> {
          requireWords(words, 1);
          list(store, out);
        }
        case "add" -> {
          requireWords(words, 2);
          String name = words.get(1);
          Role role = role(a.value("role").orElse(null));
          List<String> units = units(a.value("units").orElse(""), role);
          if (!units.isEmpty() && !a.flag("no-check")) {
            checkUnits(a.warehouse(env), units, out);
          }
          if (store.find(name).isPresent()) {
            throw usage("người dùng " + name + " đã có (đổi mật khẩu bằng reset-password)");
          }
          String hash = hash(name, password.apply(a.flag("password-stdin")));
          Instant now = clock.instant();
          store.update(
              users -> {
                if (users.stream().anyMatch(u -> u.username().equals(name))) {
                  throw usage("người dùng " + name + " đã có");
                }
                users.add(new UserStore.StoredUser(name, role, units, hash, false, now, now));
                return users;
              });
          out.println("Đã thêm người dùng " + name + " (" + role + describeUnits(units) + ")");
        }
        case "disable", "enable" -> {
          requireWords(words, 2);
          boolean disable = action.equals("disable");
          change(
              store,
              words.get(1),
              u ->
                  new UserStore.StoredUser(
                      u.username(),
                      u.role(),
                      u.units(),
                      u.passwordHash(),
                      disable,
                      u.createdAt(),
                      u.passwordChangedAt()));
          out.println(
              (disable ? "Đã vô hiệu hóa người dùng " : "Đã kích hoạt lại người dùng ")
                  + words.get(1));
        }
        case "reset-password" -> {
          requireWords(words, 2);
          String name = words.get(1);
          if (store.find(name).isEmpty()) {
            throw usage("không có người dùng " + name + " trong " + store.file());
          }
          String hash = hash(name, password.apply(a.flag("password-stdin")));
          Instant now = clock.instant();
          change(
              store,
              name,
              u ->
                  new UserStore.StoredUser(
                      u.username(), u.role(), u.units(), hash, u.disabled(), u.createdAt(), now));
          out.println("Đã đặt lại mật khẩu của người dùng " + name);
        }
        default ->
            throw usage(
                action.isEmpty()
                    ? "thiếu lệnh (add, list, disable, enable hoặc reset-password)"
                    : "lệnh không hợp lệ: " + action);
      }
      return ExitCode.OK;
    } catch (PasswordRefused e) {
      err.println(e.getMessage());
      return ExitCode.USAGE;
    } catch (CchcException e) {
      if (e.code() == ErrorCode.INVALID_ARGUMENT) {
        return COMMAND_LINE.refuse(e, err);
      }
      err.println(e.getMessage());
      return ExitCode.FAILED;
    } catch (UncheckedIOException e) {
      err.println(
          "Không thể đọc hoặc ghi kho người dùng "
              + store.file()
              + ": "
              + e.getCause().getMessage());
      return ExitCode.FAILED;
    }
  }

  private static void list(UserStore store, PrintStream out) {
    List<UserStore.StoredUser> users = store.users();
    if (users.isEmpty()) {
      out.println("Chưa có người dùng nào trong " + store.file());
      return;
    }
    out.printf(
        "%-20s %-8s %-12s %-17s %-17s %s%n",
        "TÊN", "VAI TRÒ", "TRẠNG THÁI", "TẠO LÚC", "ĐỔI MẬT KHẨU", "ĐƠN VỊ");
    for (UserStore.StoredUser u : users) {
      out.printf(
          "%-20s %-8s %-12s %-17s %-17s %s%n",
          u.username(),
          u.role(),
          u.disabled() ? "vô hiệu hóa" : "hoạt động",
          u.createdAt() == null ? "–" : TIME.format(u.createdAt()),
          u.passwordChangedAt() == null ? "–" : TIME.format(u.passwordChangedAt()),
          String.join(", ", u.units()));
    }
  }

  private static void change(
      UserStore store, String name, java.util.function.UnaryOperator<UserStore.StoredUser> how) {
    store.update(
        users -> {
          int i = -1;
          for (int k = 0; k < users.size(); k++) {
            if (users.get(k).username().equals(name)) {
              i = k;
            }
          }
          if (i < 0) {
            throw usage("không có người dùng " + name + " trong " + store.file());
          }
          users.set(i, how.apply(users.get(i)));
          return users;
        });
  }

  static Role role(String raw) {
    if (raw == null) {
      throw usage("thiếu --role (LEADER, ANALYST, ADMIN hoặc UNIT)");
    }
    return Role.parse(raw)
        .orElseThrow(
            () ->
                usage("vai trò không hợp lệ: " + raw + " (cần LEADER, ANALYST, ADMIN hoặc UNIT)"));
  }

  static List<String> units(String raw, Role role) {
    List<String> units = new ArrayList<>();
    for (String u : raw.split(",")) {
      if (!u.isBlank()) {
        units.add(Dimensions.unitRef("--units", u.strip()));
      }
    }
    if (role == Role.UNIT && units.isEmpty()) {
      throw usage("vai trò UNIT cần --units: mã các đơn vị người dùng phụ trách");
    }
    if (role != Role.UNIT && !units.isEmpty()) {
      throw usage("--units chỉ dùng cho vai trò UNIT (" + role + " xem được mọi đơn vị)");
    }
    return units;
  }

  /**
   * Each unit as the current release knows it (printed, so a typo shows before anyone signs in); a
   * code it does not know is refused. Without a release there is nothing to check against: said so.
   */
  private static void checkUnits(Path warehouse, List<String> units, PrintStream out) {
    if (!Files.isDirectory(warehouse)) {
      out.println("Chưa có kho " + warehouse + " để đối chiếu mã đơn vị; bỏ qua bước kiểm tra");
      return;
    }
    try (CatalogConnections catalog = CatalogConnections.open(warehouse)) {
      if (catalog.release().isEmpty()) {
        out.println(
            "Kho "
                + warehouse
                + " chưa có bản phát hành để đối chiếu mã đơn vị; bỏ qua bước kiểm tra");
        return;
      }
      Dimensions dimensions = new Dimensions(catalog);
      for (String u : units) {
        Map<String, Object> unit;
        try {
          unit = dimensions.unit(u);
        } catch (CchcException e) {
          throw usage(
              e.getMessage()
                  + " trong bản phát hành "
                  + catalog.release().get().releaseId()
                  + " (kiểm tra lại --units, hoặc thêm --no-check nếu đơn vị chưa có trong danh mục)");
        }
        out.println("  " + u + " → " + unit.get("label"));
      }
    }
  }

  private static String hash(String name, String password) {
    Optional<String> refused =
        PasswordPolicy.refusal(name, password, PasswordPolicy.DEFAULT_MIN_LENGTH);
    if (refused.isPresent()) {
      throw new PasswordRefused(refused.get());
    }
    return new BCryptPasswordEncoder().encode(password);
  }

  private static String describeUnits(List<String> units) {
    return units.isEmpty() ? "" : ", đơn vị " + String.join(", ", units);
  }

  private static void requireWords(List<String> words, int n) {
    if (words.size() < n) {
      throw usage("thiếu tên người dùng sau " + words.get(0));
    }
    if (words.size() > n) {
      throw usage("thừa tham số: " + String.join(" ", words.subList(n, words.size())));
    }
  }

  /** A password refused: said in one line, without the usage text. */
  static final class PasswordRefused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    PasswordRefused(String message) {
      super(message);
    }
  }

  private static CchcException usage(String why) {
    return new CchcException(ErrorCode.INVALID_ARGUMENT, "Không thể thực hiện: " + why);
  }

  private static String readTwice() {
    Console console = System.console();
    if (console == null) {
      return readLine();
    }
    char[] first =
        console.readPassword(
            "Mật khẩu mới (ít nhất %d ký tự): ", PasswordPolicy.DEFAULT_MIN_LENGTH);
    char[] second = console.readPassword("Nhập lại mật khẩu: ");
    if (first == null || second == null || !Arrays.equals(first, second)) {
      throw new PasswordRefused("Không thể dùng mật khẩu: hai lần nhập không khớp");
    }
    return new String(first);
  }

  private static String readLine() {
    return PasswordHashCli.readLine();
  }
}
