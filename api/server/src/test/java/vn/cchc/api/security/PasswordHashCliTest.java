package vn.cchc.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

class PasswordHashCliTest {
  final ByteArrayOutputStream out = new ByteArrayOutputStream();
  final ByteArrayOutputStream err = new ByteArrayOutputStream();

  int run(String password, String... args) {
    return PasswordHashCli.run(
        args,
        () -> password,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void printsABcryptHashOfThePassword() {
    assertThat(run("mật-khẩu-đủ-dài")).isZero();
    String hash = out.toString(StandardCharsets.UTF_8).strip();
    assertThat(hash).startsWith("$2a$10$");
    assertThat(new BCryptPasswordEncoder().matches("mật-khẩu-đủ-dài", hash)).isTrue();
  }

  @Test
  void refusesAShortPasswordTheDemosAndAnyArgument() {
    assertThat(run("ngan")).isEqualTo(2);
    String demo =
        DemoAccounts.ALL.stream()
            .map(DemoAccounts.Demo::password)
            .filter(p -> p.length() >= PasswordHashCli.MIN_LENGTH)
            .findFirst()
            .orElseThrow();
    assertThat(run(demo)).isEqualTo(2);
    assertThat(run("mật-khẩu-đủ-dài", "--user", "admin")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .startsWith(
            "Không thể dùng mật khẩu: cần ít nhất 10 ký tự\n"
                + "Không thể dùng mật khẩu của bản demo\n"
                + "Không thể hiểu tham số: --user\nCách dùng: ./cchc hash-password");
    assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  @Test
  void refusesAPasswordLongerThanBcryptsSeventyTwoBytesAndABlankOne() {
    // 25 letters of 3 bytes each: 75 bytes in UTF-8, though only 25 characters
    assertThat(run("ệ".repeat(25))).isEqualTo(2);
    assertThat(run("a".repeat(73))).isEqualTo(2);
    assertThat(run(" ".repeat(12))).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .isEqualTo(
            "Không thể dùng mật khẩu: dài 75 byte khi mã hóa UTF-8, bcrypt chỉ nhận tối đa 72 byte"
                + " (một chữ có dấu chiếm 2 đến 3 byte); hãy dùng mật khẩu ngắn hơn\n"
                + "Không thể dùng mật khẩu: dài 73 byte khi mã hóa UTF-8, bcrypt chỉ nhận tối đa 72 byte"
                + " (một chữ có dấu chiếm 2 đến 3 byte); hãy dùng mật khẩu ngắn hơn\n"
                + "Không thể dùng mật khẩu: chỉ gồm khoảng trắng\n");
    assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    // exactly 72 bytes is still hashed
    assertThat(run("ệắ".repeat(12))).isZero();
  }
}
