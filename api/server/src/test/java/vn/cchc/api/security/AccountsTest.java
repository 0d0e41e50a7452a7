package vn.cchc.api.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import vn.cchc.api.ApiConfig;
import vn.cchc.model.error.CchcException;

class AccountsTest {
  static final BCryptPasswordEncoder BCRYPT = new BCryptPasswordEncoder(4);

  @Test
  void anEmptyPasswordStopsTheStart() {
    assertThatThrownBy(
            () ->
                Accounts.users(
                    List.of(new ApiConfig.Account("viewer", "", "VIEWER", List.of())),
                    false,
                    BCRYPT))
        .isInstanceOf(CchcException.class)
        .hasMessage(
            "Không thể khởi động máy chủ: tài khoản viewer chưa có mật khẩu (password-hash: một"
                + " chuỗi bcrypt, tạo bằng ./cchc hash-password)");
  }

  @Test
  void aDemoPasswordStopsTheStartOutsideTheDemoProfile() {
    String demoHash = BCRYPT.encode("quantri-demo");
    List<ApiConfig.Account> accounts =
        List.of(new ApiConfig.Account("admin", demoHash, "ADMIN", List.of()));
    assertThatThrownBy(() -> Accounts.users(accounts, false, BCRYPT))
        .hasMessage(
            "Không thể khởi động máy chủ: tài khoản admin dùng mật khẩu mặc định của bản demo");
    assertThat(Accounts.users(accounts, true, BCRYPT)).hasSize(1);
  }

  @Test
  void aPlainTextPasswordOrNoAccountStopsTheStart() {
    assertThatThrownBy(
            () ->
                Accounts.users(
                    List.of(new ApiConfig.Account("a", "secret", "ANALYST", List.of())),
                    false,
                    BCRYPT))
        .hasMessage(
            "Không thể khởi động máy chủ: mật khẩu của tài khoản a không phải là chuỗi băm bcrypt");
    assertThatThrownBy(
            () ->
                Accounts.users(
                    List.of(new ApiConfig.Account("a", BCRYPT.encode("x"), "KHACH", List.of())),
                    false,
                    BCRYPT))
        .hasMessage(
            "Không thể khởi động máy chủ: tài khoản a có vai trò không hợp lệ: KHACH (cần LEADER,"
                + " ANALYST, ADMIN hoặc UNIT)");
    assertThatThrownBy(
            () ->
                Accounts.users(
                    List.of(new ApiConfig.Account("a", BCRYPT.encode("x"), "UNIT", List.of())),
                    false,
                    BCRYPT))
        .hasMessage(
            "Không thể khởi động máy chủ: tài khoản a có vai trò UNIT nhưng không gắn đơn vị nào"
                + " (cchc.security.users[].units)");
  }

  @Test
  void realAccountsBecomeUsersWithTheirRole() {
    String hash = "{bcrypt}" + BCRYPT.encode("một-mật-khẩu-thật");
    var users =
        Accounts.users(
            List.of(new ApiConfig.Account("lanhdao", hash, "VIEWER", List.of())), false, BCRYPT);
    assertThat(users.get(0).getUsername()).isEqualTo("lanhdao");
    assertThat(users.get(0).getAuthorities())
        .extracting(Object::toString)
        .containsExactly("ROLE_LEADER"); // VIEWER, the leaders' former role, reads as LEADER
    assertThat(BCRYPT.matches("một-mật-khẩu-thật", users.get(0).getPassword())).isTrue();
  }

  @Test
  void aUnitAccountCarriesItsUnitsAsAuthorities() {
    var users =
        Accounts.users(
            List.of(
                new ApiConfig.Account(
                    "canbo",
                    BCRYPT.encode("một-mật-khẩu-thật"),
                    "unit",
                    List.of("91-SNV", "30307@2025-07-01"))),
            false,
            BCRYPT);
    assertThat(users.get(0).getAuthorities())
        .extracting(Object::toString)
        .containsExactlyInAnyOrder("ROLE_UNIT", "UNIT:91-SNV", "UNIT:30307@2025-07-01");
  }

  @Test
  void theHashOfAnEmptyOrBlankPasswordStopsTheStartOutsideTheDemo() {
    for (String blank : List.of("", " ", "   ", "\t", "\n")) {
      List<ApiConfig.Account> accounts =
          List.of(new ApiConfig.Account("analyst", BCRYPT.encode(blank), "ANALYST", List.of()));
      assertThatThrownBy(() -> Accounts.users(accounts, false, BCRYPT))
          .as("hash of '%s'", blank)
          .isInstanceOf(CchcException.class)
          .hasMessage(
              "Không thể khởi động máy chủ: mật khẩu của tài khoản analyst để trống hoặc chỉ gồm"
                  + " khoảng trắng (tạo mã băm của một mật khẩu thật bằng ./cchc hash-password)");
    }
  }
}
