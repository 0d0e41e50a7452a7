package vn.cchc.api.security;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a password must be, wherever one is set or used: {@code ./cchc hash-password}, {@code ./cchc
 * users add|reset-password}, and each password sign-in outside the demo (so a hash written by hand
 * into the user store or the configuration cannot let a weak password in). Refused: shorter than
 * the minimum, blank, longer than bcrypt's 72 bytes, a demo password, one of the passwords every
 * guesser tries first, one repeated character, or one that contains the user's name.
 */
public final class PasswordPolicy {
  private PasswordPolicy() {}

  public static final int DEFAULT_MIN_LENGTH = 10;

  /** bcrypt reads at most 72 bytes of a password; Spring Security refuses a longer one. */
  public static final int MAX_BYTES = 72;

  /**
   * Passwords of ten characters or more that lists of leaked passwords put first (and their
   * Vietnamese cousins), compared without case.
   */
  static final List<String> COMMON =
      List.of(
          "0123456789",
          "1234567890",
          "12345678910",
          "123456789a",
          "a123456789",
          "1234567890a",
          "abc1234567",
          "abcd123456",
          "abcd@12345",
          "abc@123456",
          "qwertyuiop",
          "qwerty1234",
          "1q2w3e4r5t",
          "password12",
          "password123",
          "password@123",
          "p@ssw0rd123",
          "passw0rd123",
          "admin12345",
          "admin@12345",
          "administrator",
          "iloveyou123",
          "matkhau123",
          "matkhau@123",
          "matkhau1234",
          "matkhaumoi",
          "anhyeuem123",
          "vietnam123",
          "vietnam@123",
          "cchc123456",
          "cchc@12345",
          "sonoivu123",
          "sonoivu@123");

  /** Why the password may not be used, in Vietnamese, or empty when it may. */
  public static Optional<String> refusal(String username, String password, int minLength) {
    if (password == null || password.isEmpty()) {
      return Optional.of("Không thể dùng mật khẩu: để trống");
    }
    if (password.length() < minLength) {
      return Optional.of("Không thể dùng mật khẩu: cần ít nhất " + minLength + " ký tự");
    }
    if (password.isBlank()) {
      return Optional.of("Không thể dùng mật khẩu: chỉ gồm khoảng trắng");
    }
    int bytes = password.getBytes(StandardCharsets.UTF_8).length;
    if (bytes > MAX_BYTES) {
      return Optional.of(
          "Không thể dùng mật khẩu: dài "
              + bytes
              + " byte khi mã hóa UTF-8, bcrypt chỉ nhận tối đa "
              + MAX_BYTES
              + " byte (một chữ có dấu chiếm 2 đến 3 byte); hãy dùng mật khẩu ngắn hơn");
    }
    for (DemoAccounts.Demo demo : DemoAccounts.ALL) {
      if (demo.password().equals(password)) {
        return Optional.of("Không thể dùng mật khẩu của bản demo");
      }
    }
    String lower = password.toLowerCase(Locale.ROOT);
    if (COMMON.contains(lower)) {
      return Optional.of("Không thể dùng mật khẩu: quá phổ biến, dễ bị đoán");
    }
    if (password.chars().distinct().count() == 1) {
      return Optional.of("Không thể dùng mật khẩu: chỉ lặp lại một ký tự");
    }
    if (username != null
        && username.strip().length() >= 3
        && lower.contains(username.strip().toLowerCase(Locale.ROOT))) {
      return Optional.of("Không thể dùng mật khẩu: chứa tên đăng nhập");
    }
    return Optional.empty();
  }
}
