package vn.cchc.api.security;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import vn.cchc.model.cli.CommandLine;
import vn.cchc.model.cli.ExitCode;
import vn.cchc.model.error.CchcException;

/**
 * {@code ./cchc hash-password}: reads a password (from the terminal without echo, or one line of
 * standard input) and prints its bcrypt hash, for CCHC_VIEWER_PASSWORD_HASH and the other accounts.
 * Exit codes ({@link ExitCode}): 0 printed, 2 a password too short, blank, longer than bcrypt's 72
 * bytes (UTF-8) or the demo's, or an argument (it takes none).
 */
public final class PasswordHashCli {
  private PasswordHashCli() {}

  static final int MIN_LENGTH = 10;

  /** bcrypt reads at most 72 bytes of a password; Spring Security refuses a longer one. */
  static final int MAX_BYTES = 72;

  static final CommandLine COMMAND_LINE =
      CommandLine.of(
          """
      Cách dùng: ./cchc hash-password
        Đọc một mật khẩu (gõ ẩn trong cửa sổ dòng lệnh, hoặc một dòng từ đầu vào chuẩn) và in mã băm bcrypt
        của nó, để đặt vào CCHC_VIEWER_PASSWORD_HASH, CCHC_ANALYST_PASSWORD_HASH hoặc CCHC_ADMIN_PASSWORD_HASH.""");

  public static void main(String[] args) {
    System.exit(run(args, PasswordHashCli::readPassword, System.out, System.err));
  }

  /** The command with the password source and output streams given; returns the exit code. */
  static int run(String[] args, Supplier<String> password, PrintStream out, PrintStream err) {
    try {
      if (COMMAND_LINE.parse(args).help()) {
        return COMMAND_LINE.printUsage(out);
      }
    } catch (CchcException e) {
      return COMMAND_LINE.refuse(e, err);
    }
    String typed = password.get();
    if (typed.length() < MIN_LENGTH) {
      err.println("Không thể dùng mật khẩu: cần ít nhất " + MIN_LENGTH + " ký tự");
      return ExitCode.USAGE;
    }
    if (typed.isBlank()) {
      err.println("Không thể dùng mật khẩu: chỉ gồm khoảng trắng");
      return ExitCode.USAGE;
    }
    int bytes = typed.getBytes(StandardCharsets.UTF_8).length;
    if (bytes > MAX_BYTES) {
      err.println(
          "Không thể dùng mật khẩu: dài "
              + bytes
              + " byte khi mã hóa UTF-8, bcrypt chỉ nhận tối đa "
              + MAX_BYTES
              + " byte (một chữ có dấu chiếm 2 đến 3 byte); hãy dùng mật khẩu ngắn hơn");
      return ExitCode.USAGE;
    }
    for (DemoAccounts.Demo demo : DemoAccounts.ALL) {
      if (demo.password().equals(typed)) {
        err.println("Không thể dùng mật khẩu của bản demo");
        return ExitCode.USAGE;
      }
    }
    out.println(new BCryptPasswordEncoder().encode(typed));
    return ExitCode.OK;
  }

  private static String readPassword() {
    Console console = System.console();
    if (console != null) {
      char[] typed = console.readPassword("Mật khẩu mới (ít nhất %d ký tự): ", MIN_LENGTH);
      return typed == null ? "" : new String(typed);
    }
    try {
      String line =
          new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
      return line == null ? "" : line;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
