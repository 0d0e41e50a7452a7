package vn.cchc.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Password sign-in outside the demo: the local user store that {@code ./cchc users} writes is read
 * by the running server (add, disable, enable, reset-password take effect at the next request), a
 * weak password is refused even with its right hash, and wrong passwords in a row lock the user.
 */
class PasswordSignInTest extends SsoServerTestBase {
  private Answer me(String user, String password) {
    return me(basic(user, password));
  }

  private static void users(String password, String... args) {
    String[] all = new String[args.length + 3];
    System.arraycopy(args, 0, all, 0, args.length);
    all[args.length] = "--store";
    all[args.length + 1] = store().toString();
    all[args.length + 2] = "--password-stdin";
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        UsersCli.run(
            all,
            Map.of(),
            stdin -> password,
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            Clock.systemUTC());
    assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
  }

  @Test
  void aUserOfTheStoreSignsInUntilDisabledAndWithTheNewPasswordAfterAReset() {
    users("Cán-bộ-Sở-Nội-vụ-2026", "add", "canbo.snv", "--role", "UNIT", "--units", "91-SNV");
    Answer signedIn = me("canbo.snv", "Cán-bộ-Sở-Nội-vụ-2026");
    assertThat(signedIn.status()).isEqualTo(200);
    assertThat(signedIn.json().get("role").asText()).isEqualTo("UNIT");
    assertThat(signedIn.json().get("units").get(0).get("unit_key").asText())
        .isEqualTo("91-SNV@2025-07-01");

    users(null, "disable", "canbo.snv");
    Answer disabled = me("canbo.snv", "Cán-bộ-Sở-Nội-vụ-2026");
    assertThat(disabled.status()).isEqualTo(401);
    assertThat(disabled.json().get("detail").asText())
        .isEqualTo("Không thể truy cập /api/v1/me: Tài khoản canbo.snv đã bị vô hiệu hóa");

    users(null, "enable", "canbo.snv");
    users("Mật-khẩu-mới-của-cán-bộ", "reset-password", "canbo.snv");
    assertThat(me("canbo.snv", "Cán-bộ-Sở-Nội-vụ-2026").status()).isEqualTo(401);
    assertThat(me("canbo.snv", "Mật-khẩu-mới-của-cán-bộ").status()).isEqualTo(200);
  }

  @Test
  void aWeakPasswordIsRefusedEvenWithItsRightHash() {
    Answer weak = me(WEAK, WEAK_PASSWORD);
    assertThat(weak.status()).isEqualTo(401);
    assertThat(weak.json().get("detail").asText())
        .isEqualTo(
            "Không thể truy cập /api/v1/me: Không thể dùng mật khẩu: quá phổ biến, dễ bị đoán — mật"
                + " khẩu của tài khoản yeu không đạt yêu cầu; hãy đặt lại (./cchc users"
                + " reset-password yeu)");
    assertThat(me(LEADER, LEADER_PASSWORD).status()).isEqualTo(200);
  }

  @Test
  void wrongPasswordsInARowLockTheUserAndTheAuditSaysSo() throws Exception {
    users("Tạm-khóa-thử-nghiệm-1", "add", "thu.khoa", "--role", "LEADER");
    for (int i = 0; i < 3; i++) {
      Answer wrong = me("thu.khoa", "sai-mật-khẩu-" + i);
      assertThat(wrong.status()).isEqualTo(401);
      assertThat(wrong.json().get("detail").asText())
          .isEqualTo("Không thể truy cập /api/v1/me: sai tên đăng nhập hoặc mật khẩu");
    }
    Answer locked = me("thu.khoa", "Tạm-khóa-thử-nghiệm-1");
    assertThat(locked.status()).isEqualTo(401);
    assertThat(locked.json().get("detail").asText())
        .startsWith("Không thể truy cập /api/v1/me: Tài khoản thu.khoa tạm khóa đến ")
        .endsWith(" sau 3 lần nhập sai mật khẩu liên tiếp");
    String audit = Files.readString(events(), StandardCharsets.UTF_8);
    assertThat(audit.lines().filter(l -> l.contains("\"user\":\"thu.khoa\"")))
        .extracting(l -> JSON.readTree(l).get("outcome").asText())
        .containsExactly("failure", "failure", "locked", "locked");
  }
}
