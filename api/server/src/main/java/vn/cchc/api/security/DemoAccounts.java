package vn.cchc.api.security;

import java.util.List;

/**
 * The accounts of the demo profile. Their passwords are public, so outside the demo profile the
 * server refuses to start with any of them.
 */
public final class DemoAccounts {
  private DemoAccounts() {}

  public static final String PROFILE = "demo";

  public record Demo(String username, String password, Role role) {}

  public static final List<Demo> ALL =
      List.of(
          new Demo("viewer", "xem-demo", Role.VIEWER),
          new Demo("analyst", "phantich-demo", Role.ANALYST),
          new Demo("admin", "quantri-demo", Role.ADMIN));

  public static String describe() {
    StringBuilder sb = new StringBuilder("Tài khoản demo (chỉ dùng thử, không dùng thật):\n");
    for (Demo d : ALL) {
      sb.append(
          String.format(
              "  %-8s  mật khẩu: %-14s  vai trò: %s%n", d.username(), d.password(), d.role()));
    }
    return sb.toString().stripTrailing();
  }
}
