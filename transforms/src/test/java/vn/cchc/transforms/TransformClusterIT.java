package vn.cchc.transforms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.model.mart.MartTables;
import vn.cchc.model.schema.TableSchema;
import vn.cchc.model.warehouse.WarehouseLayout;
import vn.cchc.transforms.bench.DuckDbMarts;
import vn.cchc.transforms.bench.MartDifferences;
import vn.cchc.transforms.bench.MartVerification;

/**
 * The job against a Spark standalone cluster started from the project's jars (a Master and two
 * Workers on 127.0.0.1, SPARK_HOME a folder whose jars/ is the runtime classpath, as {@code ./cchc
 * cluster start} does): {@code ./cchc transform --master} publishes the marts of the SQL yardstick,
 * and {@code ./cchc bench verify --master} finds a cluster run equal to a local run.
 */
class TransformClusterIT {
  private static final int WORKERS = 2;
  private static final String AS_OF = "2023-06-30";
  @TempDir static Path dir;
  private static final List<Process> started = new ArrayList<>();
  private static Path sparkHome;
  private static String masterUrl;
  private static int masterUiPort;

  @BeforeAll
  static void startCluster() throws Exception {
    sparkHome = dir.resolve("spark-home");
    Path jars = Files.createDirectories(sparkHome.resolve("jars"));
    Path appJar = Path.of(System.getProperty("cchc.transforms.jar"));
    Files.createSymbolicLink(jars.resolve(appJar.getFileName()), appJar);
    try (Stream<Path> libs = Files.list(Path.of(System.getProperty("cchc.transforms.lib")))) {
      for (Path lib : libs.toList()) {
        Files.createSymbolicLink(jars.resolve(lib.getFileName()), lib);
      }
    }
    int port = freePort();
    masterUrl = "spark://127.0.0.1:" + port;
    masterUiPort = freePort();
    start(
        "master",
        "org.apache.spark.deploy.master.Master",
        "--host",
        "127.0.0.1",
        "--port",
        String.valueOf(port),
        "--webui-port",
        String.valueOf(masterUiPort));
    waitForPort(port);
    // two workers of one core, as ./cchc cluster starts them: tasks of one job run in two executor
    // JVMs, so whatever crosses between them (shuffles, checkpoints, broadcasts) is exercised
    List<Process> workers = new ArrayList<>();
    for (int w = 1; w <= WORKERS; w++) {
      workers.add(
          start(
              "worker-" + w,
              "org.apache.spark.deploy.worker.Worker",
              "--host",
              "127.0.0.1",
              "--webui-port",
              String.valueOf(freePort()),
              "--cores",
              "1",
              "--memory",
              "1g",
              "--work-dir",
              dir.resolve("work-" + w).toString(),
              masterUrl));
    }
    // the jars' log4j2.properties keeps INFO quiet, so ask the master's status page instead of
    // reading logs
    String ready = "\"aliveworkers\" : " + WORKERS;
    for (int i = 0; i < 600 && !masterStatus().contains(ready); i++) {
      for (int w = 1; w <= WORKERS; w++) {
        assertThat(workers.get(w - 1).isAlive())
            .as(Files.readString(dir.resolve("worker-" + w + ".log")))
            .isTrue();
      }
      Thread.sleep(100);
    }
    assertThat(masterStatus()).contains(ready);
  }

  @AfterAll
  static void stopCluster() throws InterruptedException {
    for (int i = started.size() - 1; i >= 0; i--) {
      Process p = started.get(i);
      p.descendants().forEach(ProcessHandle::destroy);
      p.destroy();
      if (!p.waitFor(30, TimeUnit.SECONDS)) {
        p.destroyForcibly();
      }
    }
  }

  /**
   * {@code ./cchc transform --master spark://…} as its own driver process: it publishes a release
   * whose marts are the SQL yardstick's (that a cluster run equals a local run is the next test's).
   */
  @Test
  void aTransformOnTheClusterPublishesTheMartsOfTheSqlYardstick() throws Exception {
    Path cluster = dir.resolve("cluster");
    SparkSession spark = SparkSessions.create("local[2]", 2);
    try {
      Fixtures.province2022(spark).writeSnapshot(cluster, "s000001");
    } finally {
      spark.stop();
    }

    Process driver =
        start(
            "driver",
            TransformCli.class.getName(),
            "--warehouse",
            cluster.toString(),
            "--master",
            masterUrl,
            "--as-of",
            AS_OF);
    assertThat(driver.waitFor(5, TimeUnit.MINUTES)).isTrue();
    assertThat(driver.exitValue()).as(Files.readString(dir.resolve("driver.log"))).isZero();
    assertThat(masterStatus()).contains("\"name\" : \"cchc-transform\"");

    WarehouseLayout layout = new WarehouseLayout(cluster);
    Path release = layout.releaseDir(layout.currentReleaseId().orElseThrow());
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
      DuckDbMarts.createRawViews(c, layout.currentSnapshotDir().orElseThrow());
      DuckDbMarts.compute(c, TransformConfig.defaults().withAsOf(LocalDate.parse(AS_OF)));
      List<String> differences = new ArrayList<>();
      for (TableSchema mart : MartTables.ALL) {
        differences.addAll(
            MartDifferences.byKey(
                    c,
                    mart,
                    DuckDbMarts.EXPECTED_PREFIX + mart.name(),
                    "read_parquet('" + release.resolve(mart.name()) + "/*.parquet')")
                .messages());
      }
      assertThat(differences).isEmpty();
    }
  }

  /**
   * {@code ./cchc bench verify --master …} with this JVM as the driver: the cluster run equals the
   * local run exactly, and both the SQL yardstick.
   */
  @Test
  void verificationFindsTheClusterRunEqualToTheLocalRun() throws Exception {
    Path warehouse = dir.resolve("verified");
    SparkSession spark = SparkSessions.create("local[2]", 2);
    try {
      Fixtures.province2022(spark).writeSnapshot(warehouse, "s000001");
    } finally {
      spark.stop();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int code =
        MartVerification.run(
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            Map.of(),
            "--warehouse",
            warehouse.toString(),
            "--master",
            masterUrl,
            "--as-of",
            AS_OF);

    String printed = out.toString(StandardCharsets.UTF_8);
    assertThat(code).as(printed + err.toString(StandardCharsets.UTF_8)).isZero();
    for (TableSchema mart : MartTables.ALL) {
      // rows on the cluster, then 0 differences from the local run
      assertThat(printed)
          .containsPattern("\\| " + mart.name() + " +\\|.*\\| +[0-9,]+ \\| +0 \\|\n");
    }
    assertThat(printed)
        .contains("| Spark trên cụm (" + masterUrl + ")")
        .contains(
            "Khớp: cả "
                + MartTables.ALL.size()
                + " bảng của Spark trùng với SQL DuckDB, và lượt trên cụm trùng với lượt cục bộ.");
  }

  private static Process start(String name, String mainClass, String... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(
        ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
            .filter(
                a ->
                    a.startsWith("--add")
                        || a.startsWith("-XX:+IgnoreUnrecognized")
                        || a.startsWith("-Dio.netty"))
            .toList());
    command.addAll(List.of("-Xmx1g", "-cp", sparkHome.resolve("jars") + "/*", mainClass));
    command.addAll(List.of(args));
    ProcessBuilder pb =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve(name + ".log").toFile());
    pb.environment().put("SPARK_HOME", sparkHome.toString());
    pb.environment().put("SPARK_SCALA_VERSION", "2.13");
    pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
    Process p = pb.start();
    started.add(p);
    return p;
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  private static void waitForPort(int port) throws InterruptedException {
    for (int i = 0; i < 600; i++) {
      try (Socket s = new Socket("127.0.0.1", port)) {
        return;
      } catch (IOException notYet) {
        Thread.sleep(100);
      }
    }
    throw new AssertionError("Spark master did not open port " + port);
  }

  private static String masterStatus() {
    try (var in =
        java.net.URI.create("http://127.0.0.1:" + masterUiPort + "/json/").toURL().openStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException notYet) {
      return "";
    }
  }
}
