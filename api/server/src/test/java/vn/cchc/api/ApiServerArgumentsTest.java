package vn.cchc.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.cchc.model.error.CchcException;

/**
 * {@code ./cchc serve}'s options become Spring Boot's keys; other settings pass through; the rest
 * is refused.
 */
class ApiServerArgumentsTest {
  @Test
  void optionsBecomeSpringKeysAndKeyValueSettingsPassThrough() {
    var a =
        ApiServer.COMMAND_LINE.parse(
            "--warehouse",
            "/srv/kho",
            "--port",
            "9090",
            "--demo",
            "--address=0.0.0.0",
            "--server.tomcat.threads.max=50");
    assertThat(ApiServer.springArguments(a))
        .containsExactly(
            "--cchc.warehouse=/srv/kho",
            "--server.port=9090",
            "--server.address=0.0.0.0",
            "--server.tomcat.threads.max=50");
    assertThat(a.flag("demo")).isTrue();
  }

  @Test
  void withoutWarehouseSpringIsLeftToReadCchcWarehouse() {
    assertThat(ApiServer.springArguments(ApiServer.COMMAND_LINE.parse("--demo"))).isEmpty();
  }

  @Test
  void anUnknownFlagOrAMissingValueIsRefused() {
    assertThatThrownBy(() -> ApiServer.COMMAND_LINE.parse("--verbose"))
        .isInstanceOf(CchcException.class)
        .hasMessage("Không thể hiểu tham số: --verbose");
    assertThatThrownBy(() -> ApiServer.COMMAND_LINE.parse("--port"))
        .isInstanceOf(CchcException.class)
        .hasMessage("Không thể hiểu tham số --port: thiếu giá trị");
    assertThat(ApiServer.COMMAND_LINE.parse("-h").help()).isTrue();
  }
}
