package vn.cchc.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.cchc.testsupport.Repo;

/**
 * A Vietnamese file name under a locale that is not UTF-8 (LANG=C: cron, systemd, a container),
 * ingested by a child JVM started as {@code ./cchc} starts it: its locale script, then {@code
 * java @.mvn/cli-jvm.options}. JDK 17 decodes file names with the locale's charset and ignores
 * {@code -Dsun.jnu.encoding}; without the script this run ends in an {@code InvalidPathException}.
 */
class LocaleIndependenceTest {
  static final int ROWS = 50;
  @TempDir Path tmp;

  /** A folder {@code dữ liệu nộp} with the reference tables and {@code điểm_tự_chấm_2023.csv}. */
  static Path vietnameseFolder(Path parent) throws IOException {
    Path in = Files.createDirectories(parent.resolve("dữ liệu nộp"));
    for (String f : List.of("methodology.xlsx", "units.xlsx")) {
      Files.copy(Repo.sampleProvince().resolve(f), in.resolve(f));
    }
    List<String> scores =
        Files.readAllLines(Repo.sampleProvince().resolve("self_scores_2023.csv"))
            .subList(0, ROWS + 1);
    Files.write(in.resolve("điểm_tự_chấm_2023.csv"), scores, StandardCharsets.UTF_8);
    return in;
  }

  /** The summary line of the Vietnamese file, as IngestCli prints it. */
  static String summaryLine() {
    return String.format(
        "  %-46s %-20s %9s %9s %9s  %s",
        "điểm_tự_chấm_2023.csv", "self_scores", ROWS, ROWS, 0, "đã nhận");
  }

  @ParameterizedTest
  @ValueSource(strings = {"LANG=C", "LC_ALL=C", "LANG=POSIX"})
  void aVietnameseFileNameLoadsUnderANonUtf8Locale(String locale) throws Exception {
    Path in = vietnameseFolder(tmp);
    Path warehouse = tmp.resolve("kho Sở Nội vụ");
    Path log = tmp.resolve("ingest.log");
    ProcessBuilder pb =
        new ProcessBuilder(
                "bash",
                "-c",
                "source \"$0\" && exec \"$@\"",
                Repo.root().resolve(".mvn/utf8-locale.sh").toString(),
                Repo.java(),
                "@" + Repo.root().resolve(".mvn/cli-jvm.options"),
                "-cp",
                System.getProperty("java.class.path"),
                IngestCli.class.getName(),
                in.toString(),
                "--warehouse",
                warehouse.toString())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    Map<String, String> env = pb.environment();
    env.keySet().removeIf(k -> k.equals("LANG") || k.startsWith("LC_"));
    String[] kv = locale.split("=", 2);
    env.put(kv[0], kv[1]);
    Process p = pb.start();
    assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
    String output = Files.readString(log, StandardCharsets.UTF_8);

    // 3, not 0: without survey files the 2023 survey-assessed criteria are flagged provisional
    assertThat(p.exitValue()).as(output).isIn(IngestCli.OK, IngestCli.REJECTS);
    assertThat(output)
        .contains(
            " → kho " + warehouse + "\n", summaryLine() + "\n", "Đã ghi phiên bản kho s000001.")
        .doesNotContain("Exception", "\tat ");
  }
}
