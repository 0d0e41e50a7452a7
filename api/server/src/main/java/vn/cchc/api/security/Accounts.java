package vn.cchc.api.security;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import vn.cchc.api.ApiConfig;
import vn.cchc.model.error.CchcException;
import vn.cchc.model.error.ErrorCode;

/** The configured users, checked before the server accepts a single request. */
public final class Accounts {
  private Accounts() {}

  static final String BCRYPT_PREFIX = "{bcrypt}";

  /**
   * What an operator gets when hashing "nothing" by mistake (an empty variable, a stray space or
   * newline, a tab): refused outside the demo like a demo password.
   */
  static final List<String> BLANK_PASSWORDS = List.of("", " ", "  ", "   ", "\t", "\n", "\r\n");

  /**
   * The users as Spring Security sees them. A user without a password or with a hash that is not
   * bcrypt stops the start; outside the demo profile so does the hash of an empty or blank password
   * ({@link #BLANK_PASSWORDS}) or of a demo password.
   */
  public static List<UserDetails> users(
      List<ApiConfig.Account> accounts, boolean demoProfile, BCryptPasswordEncoder encoder) {
    List<UserDetails> users = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (ApiConfig.Account a : accounts) {
      if (a.username() == null || a.username().isBlank() || a.role() == null) {
        throw refuse("tài khoản thiếu tên hoặc vai trò");
      }
      Role role =
          Role.parse(a.role())
              .orElseThrow(
                  () ->
                      refuse(
                          "tài khoản "
                              + a.username()
                              + " có vai trò không hợp lệ: "
                              + a.role()
                              + " (cần LEADER, ANALYST, ADMIN hoặc UNIT)"));
      if (role == Role.UNIT && a.units().isEmpty()) {
        throw refuse(
            "tài khoản "
                + a.username()
                + " có vai trò UNIT nhưng không gắn đơn vị nào (cchc.security.users[].units)");
      }
      if (!names.add(a.username())) {
        throw refuse("tài khoản " + a.username() + " được khai báo hai lần");
      }
      String hash = a.passwordHash() == null ? "" : a.passwordHash().strip();
      if (hash.startsWith(BCRYPT_PREFIX)) {
        hash = hash.substring(BCRYPT_PREFIX.length());
      }
      if (hash.isEmpty()) {
        throw refuse(
            "tài khoản "
                + a.username()
                + " chưa có mật khẩu (password-hash: một chuỗi bcrypt, tạo bằng ./cchc"
                + " hash-password)");
      }
      if (!isBcrypt(hash)) {
        throw refuse("mật khẩu của tài khoản " + a.username() + " không phải là chuỗi băm bcrypt");
      }
      if (!demoProfile) {
        for (String blank : BLANK_PASSWORDS) {
          if (encoder.matches(blank, hash)) {
            throw refuse(
                "mật khẩu của tài khoản "
                    + a.username()
                    + " để trống hoặc chỉ gồm khoảng trắng (tạo mã băm của một mật khẩu thật bằng"
                    + " ./cchc hash-password)");
          }
        }
        for (DemoAccounts.Demo demo : DemoAccounts.ALL) {
          if (encoder.matches(demo.password(), hash)) {
            throw refuse("tài khoản " + a.username() + " dùng mật khẩu mặc định của bản demo");
          }
        }
      }
      users.add(
          User.withUsername(a.username())
              .password(hash)
              .authorities(authorities(role, a.units()))
              .build());
    }
    return users;
  }

  /** A bcrypt hash, with or without Spring's {@code {bcrypt}} prefix. */
  static boolean isBcrypt(String hash) {
    String h = hash.strip();
    if (h.startsWith(BCRYPT_PREFIX)) {
      h = h.substring(BCRYPT_PREFIX.length());
    }
    return h.matches("\\$2[aby]?\\$\\d{2}\\$[./A-Za-z0-9]{53}");
  }

  /** The role's authority, and for a UNIT user one {@link UnitScope#AUTHORITY_PREFIX} per unit. */
  public static List<GrantedAuthority> authorities(Role role, List<String> units) {
    List<GrantedAuthority> out = new ArrayList<>();
    out.add(new SimpleGrantedAuthority(role.authority()));
    if (role == Role.UNIT) {
      for (String u : units) {
        out.add(new SimpleGrantedAuthority(UnitScope.AUTHORITY_PREFIX + u.strip()));
      }
    }
    return out;
  }

  private static CchcException refuse(String why) {
    return new CchcException(ErrorCode.INVALID_INPUT, "Không thể khởi động máy chủ: " + why);
  }
}
