package vn.cchc.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import vn.cchc.testsupport.SampleWarehouse;

/** {@code ./cchc users}: round trips through the store file, and every refusal. */
class UsersCliTest {
  @TempDir Path dir;
  final ByteArrayOutputStream out = new ByteArrayOutputStream();
  final ByteArrayOutputStream err = new ByteArrayOutputStream();
  final Deque<String> typed = new ArrayDeque<>();
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T08:30:00Z"), ZoneOffset.UTC);

  int run(String... args) {
    out.reset();
    err.reset();
    return UsersCli.run(
        args,
        Map.of("CCHC_WAREHOUSE", dir.resolve("kho").toString()),
        stdin -> typed.isEmpty() ? "" : typed.pop(),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8),
        CLOCK);
  }

  String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  Path store() {
    return dir.resolve("kho/access/users.json");
  }

  @Test
  void usersRoundTripThroughTheStoreInTheWarehouse() throws Exception {
    typed.push("Lãnh-đạo-Sở-Nội-vụ");
    assertThat(run("add", "lanhdao", "--role", "LEADER")).as(err()).isZero();
    assertThat(out()).isEqualTo("Đã thêm người dùng lanhdao (LEADER)\n");
    typed.push("Cán-bộ-đơn-vị-2026");
    assertThat(run("add", "canbo", "--role", "unit", "--units", "91-SNV, 30307@2025-07-01"))
        .as(err())
        .isZero();
    assertThat(out())
        .endsWith("Đã thêm người dùng canbo (UNIT, đơn vị 91-SNV, 30307@2025-07-01)\n");
    assertThat(Files.getPosixFilePermissions(store()))
        .isEqualTo(PosixFilePermissions.fromString("rw-------"));
    assertThat(run("disable", "canbo")).isZero();
    assertThat(run("list")).isZero();
    assertThat(out().lines().toList())
        .hasSize(3)
        .anySatisfy(
            l -> assertThat(l).startsWith("lanhdao").contains("LEADER", "hoạt động", "01/12/2026"))
        .anySatisfy(
            l ->
                assertThat(l)
                    .startsWith("canbo")
                    .contains("UNIT", "vô hiệu hóa", "91-SNV, 30307@2025-07-01"));

    UserStore.StoredUser before = new UserStore(store()).find("canbo").orElseThrow();
    assertThat(before.disabled()).isTrue();
    typed.push("Mật-khẩu-mới-hẳn");
    assertThat(run("reset-password", "canbo")).isZero();
    assertThat(run("enable", "canbo")).isZero();
    UserStore.StoredUser after = new UserStore(store()).find("canbo").orElseThrow();
    assertThat(after.disabled()).isFalse();
    assertThat(after.units()).containsExactly("91-SNV", "30307@2025-07-01");
    BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder();
    assertThat(bcrypt.matches("Mật-khẩu-mới-hẳn", after.passwordHash())).isTrue();
    assertThat(bcrypt.matches("Cán-bộ-đơn-vị-2026", after.passwordHash())).isFalse();
    assertThat(Files.readString(store())).doesNotContain("Mật-khẩu", "Cán-bộ-đơn-vị");
  }

  @Test
  void weakEmptyAndDemoPasswordsAreRefusedAndNothingIsWritten() {
    for (String bad :
        List.of(
            "",
            "ngắn",
            "1234567890",
            "xem-demo",
            "quantri-demo",
            "aaaaaaaaaaaa",
            "lanhdao-2026-x")) {
      typed.push(bad);
      assertThat(run("add", "lanhdao", "--role", "LEADER")).as(bad).isEqualTo(2);
      assertThat(err()).as(bad).startsWith("Không thể dùng mật khẩu");
    }
    assertThat(store()).doesNotExist();
  }

  @Test
  void argumentsItCannotUseAreRefusedWithTheReason() {
    typed.push("Một-mật-khẩu-đủ-dài");
    assertThat(run("add", "canbo", "--role", "UNIT")).isEqualTo(2);
    assertThat(err())
        .startsWith(
            "Không thể thực hiện: vai trò UNIT cần --units: mã các đơn vị người dùng phụ trách");
    assertThat(run("add", "canbo", "--role", "KHACH")).isEqualTo(2);
    assertThat(err())
        .startsWith(
            "Không thể thực hiện: vai trò không hợp lệ: KHACH (cần LEADER, ANALYST, ADMIN hoặc UNIT)");
    assertThat(run("add", "canbo", "--role", "LEADER", "--units", "91-SNV")).isEqualTo(2);
    assertThat(err()).startsWith("Không thể thực hiện: --units chỉ dùng cho vai trò UNIT");
    assertThat(run("disable", "khongco")).isEqualTo(2);
    assertThat(err()).startsWith("Không thể thực hiện: không có người dùng khongco trong ");
    assertThat(run("xoa", "canbo")).isEqualTo(2);
    assertThat(err()).startsWith("Không thể thực hiện: lệnh không hợp lệ: xoa");
    typed.push("Một-mật-khẩu-đủ-dài");
    assertThat(run("add", "canbo", "--role", "ANALYST")).isZero();
    typed.push("Một-mật-khẩu-khác-nữa");
    assertThat(run("add", "canbo", "--role", "ANALYST")).isEqualTo(2);
    assertThat(err()).startsWith("Không thể thực hiện: người dùng canbo đã có");
  }

  @Test
  void unitsAreCheckedAgainstTheCurrentReleaseOfTheWarehouse() {
    String store = dir.resolve("users.json").toString();
    String warehouse = SampleWarehouse.get().toString();
    typed.push("Một-mật-khẩu-đủ-dài");
    assertThat(
            run(
                "add",
                "canbo",
                "--role",
                "UNIT",
                "--units",
                "91-SNV,89-SLDTBXH@2015-01-01",
                "--warehouse",
                warehouse,
                "--store",
                store))
        .as(err())
        .isZero();
    assertThat(out())
        .startsWith(
            "  91-SNV → Sở Nội vụ tỉnh An Giang (91-SNV, 01/07/2025 – nay)\n"
                + "  89-SLDTBXH@2015-01-01 → Sở Lao động – Thương binh và Xã hội tỉnh An Giang");
    typed.push("Một-mật-khẩu-đủ-dài");
    assertThat(
            run(
                "add",
                "canbo2",
                "--role",
                "UNIT",
                "--units",
                "91-SNVV",
                "--warehouse",
                warehouse,
                "--store",
                store))
        .isEqualTo(2);
    assertThat(err())
        .startsWith("Không thể thực hiện: Không tìm thấy đơn vị: 91-SNVV trong bản phát hành ")
        .contains("thêm --no-check nếu đơn vị chưa có trong danh mục");
    typed.push("Một-mật-khẩu-đủ-dài");
    assertThat(
            run(
                "add",
                "canbo2",
                "--role",
                "UNIT",
                "--units",
                "91-SNVV",
                "--no-check",
                "--warehouse",
                warehouse,
                "--store",
                store))
        .isZero();
  }

  @Test
  void aStoreThatDoesNotReadIsSaidSo() throws Exception {
    Files.createDirectories(store().getParent());
    Files.writeString(store(), "{\"users\": [");
    assertThat(run("list")).isEqualTo(1);
    assertThat(err())
        .startsWith("Không thể đọc kho người dùng " + store() + ": không phải JSON hợp lệ");
  }
}
