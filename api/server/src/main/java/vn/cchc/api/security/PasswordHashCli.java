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
 * standard input) and prints its bcrypt hash, for accounts declared in configuration ({@code
 * cchc.security.users}); {@code ./cchc users} manages the local user store. Exit codes ({@link
 * ExitCode}): 0 printed, 2 a password {@link PasswordPolicy} refuses, or an argument (it takes
 * none).
 */
public final class PasswordHashCli {
  private PasswordHashCli() {}

  static final int MIN_LENGTH = PasswordPolicy.DEFAULT_MIN_LENGTH;

  static final CommandLine COMMAND_LINE =
      CommandLine.of(
          """
      Cách dùng: ./cchc hash-password
        Đọc một mật khẩu (gõ ẩn trong cửa sổ dòng lệnh, hoặc một dòng từ đầu vào chuẩn) và in mã băm bcrypt
        của nó, để khai báo tài khoản trong cấu hình (cchc.security.users[].password-hash).
        Tài khoản trong kho người dùng cục bộ thì dùng ./cchc users add|reset-password.""");

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
    java.util.Optional<String> refused =
        PasswordPolicy.refusal(null, typed, PasswordPolicy.DEFAULT_MIN_LENGTH);
    if (refused.isPresent()) {
      err.println(refused.get());
      return ExitCode.USAGE;
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
    return readLine();
  }

  /** One line of standard input (UTF-8), or nothing at its end. */
  static String readLine() {
    try {
      String line =
          new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
      return line == null ? "" : line;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
