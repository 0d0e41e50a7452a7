package vn.cchc.api.security;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * {@code ./cchc hash-password}: reads a password (from the terminal without echo, or one line of standard
 * input) and prints its bcrypt hash, for CCHC_VIEWER_PASSWORD_HASH and the other accounts.
 */
public final class PasswordHashCli {
  private PasswordHashCli() {}

  static final int MIN_LENGTH = 10;

  public static void main(String[] args) throws IOException {
    Console console = System.console();
    String password;
    if (console != null) {
      char[] typed = console.readPassword("Mật khẩu mới (ít nhất %d ký tự): ", MIN_LENGTH);
      password = typed == null ? "" : new String(typed);
    } else {
      String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
      password = line == null ? "" : line;
    }
    if (password.length() < MIN_LENGTH) {
      System.err.println("Không thể dùng mật khẩu: cần ít nhất " + MIN_LENGTH + " ký tự");
      System.exit(2);
    }
    for (DemoAccounts.Demo demo : DemoAccounts.ALL) {
      if (demo.password().equals(password)) {
        System.err.println("Không thể dùng mật khẩu của bản demo");
        System.exit(2);
      }
    }
    System.out.println(new BCryptPasswordEncoder().encode(password));
  }
}
