package vn.cchc.api.security;

import java.util.List;

/**
 * The accounts of the demo profile. Their passwords are public, so outside the demo profile the
 * server refuses to start with any of them.
 */
public final class DemoAccounts {
  private DemoAccounts() {}

  public static final String PROFILE = "demo";

  /** A demo account; {@code units} for the UNIT one. */
  public record Demo(String username, String password, Role role, List<String> units) {}

  /** The unit of the demo's UNIT account: An Giang's Department of Home Affairs from 2025. */
  public static final String DEMO_UNIT = "91-SNV";

  public static final List<Demo> ALL =
      List.of(
          new Demo("viewer", "xem-demo", Role.LEADER, List.of()),
          new Demo("analyst", "phantich-demo", Role.ANALYST, List.of()),
          new Demo("admin", "quantri-demo", Role.ADMIN, List.of()),
          new Demo("donvi", "donvi-demo", Role.UNIT, List.of(DEMO_UNIT)));

  public static String describe() {
    StringBuilder sb = new StringBuilder("Tài khoản demo (chỉ dùng thử, không dùng thật):\n");
    for (Demo d : ALL) {
      sb.append(
          String.format(
              "  %-8s  mật khẩu: %-14s  vai trò: %s%s%n",
              d.username(),
              d.password(),
              d.role(),
              d.units().isEmpty() ? "" : " (đơn vị " + String.join(", ", d.units()) + ")"));
    }
    return sb.toString().stripTrailing();
  }
}
