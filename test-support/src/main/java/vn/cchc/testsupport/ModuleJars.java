package vn.cchc.testsupport;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A module's command run as {@code ./cchc} runs it: {@code java -cp
 * MODULE/target/cchc-MODULE.jar:MODULE/target/lib/*} in a child JVM, so that Spark (ingestion,
 * transforms) never shares a JVM with the tests' Spring or DuckDB.
 */
final class ModuleJars {
  private ModuleJars() {}

  static final long TIMEOUT_MINUTES = 15;

  /**
   * Runs {@code main} of {@code module}'s jar, its output appended to {@code log}; returns the exit
   * code.
   */
  static int run(Path log, String module, List<String> jvmOptions, String main, String... args)
      throws IOException {
    List<String> cmd =
        new ArrayList<>(
            List.of(Repo.java(), "-Xmx2g", "-Djava.awt.headless=true", "-Dfile.encoding=UTF-8"));
    cmd.addAll(jvmOptions);
    cmd.addAll(List.of("-cp", classpath(module), main));
    cmd.addAll(List.of(args));
    ProcessBuilder pb =
        new ProcessBuilder(cmd)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
    Process p = pb.start();
    try {
      if (!p.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
        p.destroyForcibly();
        throw new IllegalStateException(
            main + " did not finish in " + TIMEOUT_MINUTES + " min; see " + log);
      }
    } catch (InterruptedException e) {
      p.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    return p.exitValue();
  }

  /** As {@link #run}, failing unless the command exits 0. */
  static void runOrFail(
      Path log, String module, List<String> jvmOptions, String main, String... args)
      throws IOException {
    int exit = run(log, module, jvmOptions, main, args);
    if (exit != 0) {
      throw new IllegalStateException(main + " failed with exit code " + exit + "; see " + log);
    }
  }

  /** The module's packaged jar: what makes a warehouse built from it stale when it changes. */
  static Path jar(String module) {
    return Repo.root().resolve(module).resolve("target").resolve("cchc-" + module + ".jar");
  }

  private static String classpath(String module) {
    Path jar = jar(module);
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(
          "Build the " + module + " module first (mvn -pl " + module + " install): " + jar);
    }
    return jar + File.pathSeparator + jar.resolveSibling("lib") + File.separator + "*";
  }

  /** Spark's JVM flags, as this test JVM got them from the parent POM's argLine. */
  static List<String> sparkOptions() {
    List<String> out = new ArrayList<>();
    for (String a : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      if (a.startsWith("--add-opens")
          || a.startsWith("--add-modules")
          || a.startsWith("-XX:+IgnoreUnrecognizedVMOptions")
          || a.startsWith("-Dio.netty")) {
        out.add(a);
      }
    }
    return out;
  }
}
