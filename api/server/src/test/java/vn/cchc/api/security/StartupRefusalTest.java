package vn.cchc.api.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import vn.cchc.api.ApiServer;
import vn.cchc.testsupport.SampleWarehouse;

/** Outside the demo profile, the default configuration (no password hashes) does not start. */
class StartupRefusalTest {
  @Test
  void theServerRefusesToStartWithoutPasswords() {
    SpringApplication app = new SpringApplication(ApiServer.class);
    app.setWebApplicationType(WebApplicationType.NONE);
    assertThatThrownBy(
            () ->
                app.run(
                    "--cchc.warehouse=" + SampleWarehouse.get(), "--spring.main.banner-mode=off"))
        .satisfies(
            e -> {
              Throwable root = e;
              while (root.getCause() != null) {
                root = root.getCause();
              }
              assertThat(root)
                  .hasMessage(
                      "Không thể khởi động máy chủ: tài khoản viewer chưa có mật khẩu (đặt biến môi"
                          + " trường CCHC_VIEWER_PASSWORD_HASH bằng một chuỗi bcrypt)");
            });
  }
}
