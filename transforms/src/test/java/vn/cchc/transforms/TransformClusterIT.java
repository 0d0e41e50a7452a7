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

/**
 * The job against a Spark standalone cluster started from the project's jars (Master and Worker on
 * 127.0.0.1, SPARK_HOME a folder whose jars/ is the runtime classpath): the marts equal a local
 * run's.
 */
class TransformClusterIT {
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
    Process worker =
        start(
            "worker",
            "org.apache.spark.deploy.worker.Worker",
            "--host",
            "127.0.0.1",
            "--webui-port",
            String.valueOf(freePort()),
            "--cores",
            "2",
            "--memory",
            "2g",
            masterUrl);
    // the jars' log4j2.properties keeps INFO quiet, so ask the master's status page instead of
    // reading logs
    for (int i = 0; i < 600 && !masterStatus().contains("\"aliveworkers\" : 1"); i++) {
      assertThat(worker.isAlive()).as(Files.readString(dir.resolve("worker.log"))).isTrue();
      Thread.sleep(100);
    }
    assertThat(masterStatus()).contains("\"aliveworkers\" : 1");
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

  @Test
  void clusterRunWritesTheSameMartsAsALocalRun() throws Exception {
    Path local = dir.resolve("local");
    Path cluster = dir.resolve("cluster");
    SparkSession spark = SparkSessions.create("local[2]", 2);
    try {
      Fixtures.province2022(spark).writeSnapshot(local, "s000001");
      Fixtures.province2022(spark).writeSnapshot(cluster, "s000001");
    } finally {
      spark.stop();
    }
    assertThat(
            TransformCli.run(
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                System.err,
                Map.<String, String>of(),
                "--warehouse",
                local.toString(),
                "--master",
                "local[2]",
                "--as-of",
                "2023-06-30"))
        .isZero();

    Process driver =
        start(
            "driver",
            TransformCli.class.getName(),
            "--warehouse",
            cluster.toString(),
            "--master",
            masterUrl,
            "--as-of",
            "2023-06-30");
    assertThat(driver.waitFor(5, TimeUnit.MINUTES)).isTrue();
    assertThat(driver.exitValue()).as(Files.readString(dir.resolve("driver.log"))).isZero();
    assertThat(masterStatus()).contains("\"name\" : \"cchc-transform\"");

    WarehouseLayout a = new WarehouseLayout(local);
    WarehouseLayout b = new WarehouseLayout(cluster);
    try (DuckDb db = DuckDb.inMemory()) {
      for (TableSchema mart : MartTables.ALL) {
        String ra =
            "read_parquet('"
                + a.releaseDir(a.currentReleaseId().orElseThrow()).resolve(mart.name())
                + "/*.parquet')";
        String rb =
            "read_parquet('"
                + b.releaseDir(b.currentReleaseId().orElseThrow()).resolve(mart.name())
                + "/*.parquet')";
        assertThat(db.scalar("SELECT count(*) FROM " + rb))
            .as(mart.name())
            .isEqualTo(db.scalar("SELECT count(*) FROM " + ra));
        assertThat(
                db.scalar(
                    "SELECT count(*) FROM (SELECT * FROM "
                        + ra
                        + " EXCEPT ALL SELECT * FROM "
                        + rb
                        + ")"))
            .as(mart.name())
            .isEqualTo(0L);
      }
    }
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
    pb.environment().put("SPARK_WORKER_DIR", dir.resolve("work").toString());
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
