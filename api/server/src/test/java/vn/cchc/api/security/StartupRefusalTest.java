package vn.cchc.api.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import vn.cchc.api.ApiServer;
import vn.cchc.testsupport.SampleWarehouse;

/**
 * Outside the demo profile, the default configuration (no accounts, an empty user store, no SSO)
 * does not start, nor does an account with a blank password's hash.
 */
class StartupRefusalTest {
  @Test
  void theServerRefusesToStartWithNobodyToSignIn() throws Exception {
    Path store = Files.createTempDirectory("cchc-no-users").resolve("users.json");
    SpringApplication app = new SpringApplication(ApiServer.class);
    app.setWebApplicationType(WebApplicationType.NONE);
    assertThatThrownBy(
            () ->
                app.run(
                    "--cchc.warehouse=" + SampleWarehouse.get(),
                    "--cchc.security.user-store=" + store,
                    "--spring.main.banner-mode=off"))
        .satisfies(
            e -> {
              Throwable root = e;
              while (root.getCause() != null) {
                root = root.getCause();
              }
              assertThat(root)
                  .hasMessage(
                      "Không thể khởi động máy chủ: không có tài khoản nào (tạo bằng ./cchc users"
                          + " add, khai báo cchc.security.users, hoặc cấu hình đăng nhập một lần"
                          + " cchc.security.oidc.issuer-uri)");
            });
  }

  /**
   * {@code ./cchc serve} with a blank password's hash: one Vietnamese line on standard error, exit
   * 2, no stack trace or exception anywhere in the output.
   */
  @Test
  void aRefusedStartPrintsOneVietnameseLine() throws Exception {
    String blank = new BCryptPasswordEncoder(4).encode(" ");
    String real = new BCryptPasswordEncoder(4).encode("một-mật-khẩu-thật");
    ProcessBuilder pb =
        new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp",
            System.getProperty("java.class.path"),
            ApiServer.class.getName(),
            "--warehouse",
            SampleWarehouse.get().toString(),
            "--port",
            "0");
    pb.environment().keySet().removeIf(k -> k.startsWith("CCHC_") || k.startsWith("SPRING_"));
    String[][] accounts = {{"viewer", "LEADER", real}, {"analyst", "ANALYST", blank}};
    for (int i = 0; i < accounts.length; i++) {
      pb.environment().put("CCHC_SECURITY_USERS_" + i + "_USERNAME", accounts[i][0]);
      pb.environment().put("CCHC_SECURITY_USERS_" + i + "_ROLE", accounts[i][1]);
      pb.environment().put("CCHC_SECURITY_USERS_" + i + "_PASSWORDHASH", accounts[i][2]);
    }
    Path out = Files.createTempFile("cchc-serve-out", ".txt");
    Path err = Files.createTempFile("cchc-serve-err", ".txt");
    Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
    String stdout = Files.readString(out, StandardCharsets.UTF_8);
    String stderr = Files.readString(err, StandardCharsets.UTF_8);
    assertThat(p.exitValue()).as(stdout + stderr).isEqualTo(2);
    assertThat(stderr)
        .isEqualTo(
            "Không thể khởi động máy chủ: mật khẩu của tài khoản analyst để trống hoặc chỉ gồm"
                + " khoảng trắng (tạo mã băm của một mật khẩu thật bằng ./cchc hash-password)\n");
    // the log keeps its start-up lines, and nothing of the failure
    assertThat(stdout)
        .doesNotContain(
            "Exception", "\tat ", "Caused by", "APPLICATION FAILED", "Application run failed");
    Files.delete(out);
    Files.delete(err);
  }
}
