package vn.cchc.model.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.cchc.model.error.CchcException;
import vn.cchc.model.error.ErrorCode;
import vn.cchc.model.error.ErrorType;

class CommandLineTest {
  static final String USAGE =
      "Cách dùng: ./cchc thử [--warehouse THƯ_MỤC] [--year NĂM] [--demo] TỆP…\n";
  static final CommandLine COMMAND =
      CommandLine.of(USAGE).option("warehouse", "year").flag("demo").positionals();

  @Test
  void readsOptionsInBothFormsFlagsAndPositionalsInOrder() {
    CommandLine.Arguments a =
        COMMAND.parse("a.csv", "--year", "2025", "--demo", "--warehouse=/srv/kho", "b.xlsx");
    assertThat(a.help()).isFalse();
    assertThat(a.value("year")).contains("2025");
    assertThat(a.value("warehouse", "x")).isEqualTo("/srv/kho");
    assertThat(a.flag("demo")).isTrue();
    assertThat(a.positionals()).containsExactly("a.csv", "b.xlsx");
    assertThat(a.values()).isEqualTo(Map.of("year", "2025", "warehouse", "/srv/kho"));
  }

  @Test
  void theLastOccurrenceOfAnOptionWinsAndAbsentOnesAreEmpty() {
    CommandLine.Arguments a = COMMAND.parse("--year", "2024", "--year", "2025");
    assertThat(a.value("year")).contains("2025");
    assertThat(a.value("warehouse")).isEmpty();
    assertThat(a.flag("demo")).isFalse();
    assertThat(a.positionals()).isEmpty();
  }

  @Test
  void helpAnywhereWinsOverEverythingElse() {
    assertThat(COMMAND.parse("--colour", "blue", "--help").help()).isTrue();
    assertThat(COMMAND.parse("-h").help()).isTrue();
    assertThat(COMMAND.parse("--", "-h").help()).isFalse();
  }

  @Test
  void afterADoubleDashEverythingIsPositional() {
    assertThat(COMMAND.parse("--year", "2025", "--", "--demo", "-- chú thích").positionals())
        .containsExactly("--demo", "-- chú thích");
  }

  @Test
  void refusesAnUnknownOptionAMissingValueAndAFlagWithAValueInVietnamese() {
    assertRefused(() -> COMMAND.parse("--colour", "blue"), "Không thể hiểu tham số: --colour");
    assertRefused(() -> COMMAND.parse("--colour=blue"), "Không thể hiểu tham số: --colour");
    assertRefused(() -> COMMAND.parse("--year"), "Không thể hiểu tham số --year: thiếu giá trị");
    assertRefused(
        () -> COMMAND.parse("--year", "--demo"), "Không thể hiểu tham số --year: thiếu giá trị");
    assertRefused(
        () -> COMMAND.parse("--demo=yes"), "Không thể hiểu tham số --demo: không nhận giá trị");
  }

  @Test
  void refusesPositionalsWhereTheCommandTakesNone() {
    CommandLine none = CommandLine.of(USAGE).option("warehouse");
    assertRefused(() -> none.parse("SELECT 1"), "Không thể hiểu tham số: SELECT 1");
  }

  @Test
  void numbersAreCheckedWithTheOptionInTheMessage() {
    CommandLine numbers = CommandLine.of(USAGE).option("runs", "offset");
    CommandLine.Arguments a = numbers.parse("--runs", "0", "--offset", "-3");
    assertThat(a.intValue("offset", 9)).isEqualTo(-3);
    assertThat(a.intValue("missing", 9)).isEqualTo(9);
    assertThat(numbers.parse("--runs", "4").positiveInt("runs", 1)).isEqualTo(4);
    assertThat(numbers.parse().positiveInt("runs", 3)).isEqualTo(3);
    assertRefused(() -> a.positiveInt("runs", 1), "Không thể dùng --runs 0: cần số nguyên dương");
    assertRefused(
        () -> numbers.parse("--runs", "ba").positiveInt("runs", 1),
        "Không thể dùng --runs ba: cần số nguyên dương");
    assertRefused(
        () -> numbers.parse("--offset", "1.5").intValue("offset", 0),
        "Không thể dùng --offset 1.5: cần một số nguyên");
  }

  @Test
  void otherSettingsArePassedOnOnlyWhenAskedAndOnlyAsKeyValue() {
    CommandLine server = CommandLine.of(USAGE).option("port").passingOnOtherSettings();
    CommandLine.Arguments a = server.parse("--port", "9090", "--server.address=0.0.0.0");
    assertThat(a.passedOn()).containsExactly("--server.address=0.0.0.0");
    assertThat(a.value("port")).contains("9090");
    assertRefused(() -> server.parse("--verbose"), "Không thể hiểu tham số: --verbose");
    assertRefused(() -> COMMAND.parse("--server.port=1"), "Không thể hiểu tham số: --server.port");
  }

  @Test
  void theWarehouseIsTheOptionThenTheEnvironmentThenTheDefault() {
    Map<String, String> env = Map.of("CCHC_WAREHOUSE", "/data/kho");
    assertThat(COMMAND.parse("--warehouse", "/srv/kho").warehouse(env))
        .isEqualTo(Path.of("/srv/kho"));
    assertThat(COMMAND.parse().warehouse(env)).isEqualTo(Path.of("/data/kho"));
    assertThat(COMMAND.parse().warehouse(Map.of())).isEqualTo(Path.of("warehouse"));
    assertThat(COMMAND.parse().warehouse(Map.of("CCHC_WAREHOUSE", "  ")))
        .isEqualTo(Path.of("warehouse"));
  }

  @Test
  void refusalPrintsTheReasonThenTheUsageAndReturnsTheUsageCode() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    CchcException e = new CchcException(ErrorCode.INVALID_ARGUMENT, "Không thể hiểu tham số: --x");
    int code = COMMAND.refuse(e, new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(code).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .isEqualTo("Không thể hiểu tham số: --x\n" + USAGE);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThat(COMMAND.printUsage(new PrintStream(out, true, StandardCharsets.UTF_8))).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(USAGE);
  }

  @Test
  void exitCodesKeepTheirNumbersAndUserErrorsAreUsageErrors() {
    assertThat(List.of(ExitCode.OK, ExitCode.FAILED, ExitCode.USAGE, ExitCode.PARTIAL))
        .containsExactly(0, 1, 2, 3);
    assertThat(ExitCode.of(new CchcException(ErrorCode.NOT_FOUND, "x"))).isEqualTo(2);
    assertThat(ExitCode.of(new CchcException(ErrorCode.IO_ERROR, "x"))).isEqualTo(1);
    assertThat(ExitCode.of(new CchcException(ErrorCode.INTERNAL_ERROR, "x"))).isEqualTo(1);
    assertThat(ErrorCode.NOT_FOUND.type()).isEqualTo(ErrorType.USER);
  }

  private static void assertRefused(Runnable parse, String message) {
    assertThatThrownBy(parse::run)
        .isInstanceOfSatisfying(
            CchcException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_ARGUMENT))
        .hasMessage(message);
  }
}
