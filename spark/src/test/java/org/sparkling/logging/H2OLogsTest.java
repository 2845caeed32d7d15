package org.sparkling.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.sparkling.H2OOptions;
import org.sparkling.cluster.JvmProcess;
import org.sparkling.cluster.StandaloneCluster;

/**
 * H2O's log goes to {@code h2o.log} files under the application's work dir, at {@code spark.ext.h2o.log.level}, and not
 * to the console of a Spark application that keeps Spark's default logging (INFO on the console). Each case runs
 * {@link LoggingApplication} in a JVM of its own, as a user's application runs, and reads its console and files.
 */
class H2OLogsTest {
  /** Lines only H2O writes: its start banner, and the unshaded Jetty its REST API runs on. */
  private static final List<String> H2O_SIGNS =
      List.of("H2O started", "Build git branch", "jetty-9.4.11", "ServerConnector", "Started @");

  @Test
  void theEmbeddedNodeLogsDebugLinesToItsFileAndNothingToTheConsole() throws Exception {
    Run run = Run.of("embedded", "DEBUG");

    assertThat(run.console()).as("Spark's default logging shows INFO lines").contains(" INFO SparkContext: ");
    assertThat(run.console()).as("H2O's lines on the console").doesNotContain(H2O_SIGNS.toArray(String[]::new));
    Path log = run.workDir.resolve("logs/h2o.log");
    assertThat(levels(log)).contains("DEBUG", "INFO");
    assertThat(log).content().contains(H2O_SIGNS.toArray(String[]::new));
    assertThat(run.stdout()).contains("H2O logs  " + log.toAbsolutePath());
  }

  @Test
  void theEmbeddedNodeLogsNoInfoLinesAtWarn() throws Exception {
    Run run = Run.of("embedded", "warn");

    assertThat(run.workDir.resolve("logs/h2o.log")).exists();
    assertThat(levels(run.workDir.resolve("logs/h2o.log"))).doesNotContain("TRACE", "DEBUG", "INFO");
    assertThat(run.console()).doesNotContain(H2O_SIGNS.toArray(String[]::new));
  }

  @Test
  void automaticallyStartedNodesLogDebugLinesToTheirFilesAndOnlyWarningsToTheirOutput() throws Exception {
    Run run = Run.of("external", "DEBUG");

    Path node = nodeFolder(run.workDir);
    Path log = node.resolve("logs/h2o.log");
    assertThat(levels(log)).contains("DEBUG", "INFO");
    assertThat(log).content().contains(H2O_SIGNS.toArray(String[]::new));
    assertThat(levels(node.resolve("node.out"))).doesNotContain("TRACE", "DEBUG", "INFO");
    assertThat(run.console()).doesNotContain(H2O_SIGNS.toArray(String[]::new));
    assertThat(run.stdout()).contains("H2O logs  " + log.toAbsolutePath());
  }

  @Test
  void automaticallyStartedNodesLogNoInfoLinesAtWarn() throws Exception {
    Run run = Run.of("external", "WARN");

    Path log = nodeFolder(run.workDir).resolve("logs/h2o.log");
    assertThat(log).exists();
    assertThat(levels(log)).doesNotContain("TRACE", "DEBUG", "INFO");
  }

  /** The level of every line of a log written with our pattern ({@code MM-dd HH:mm:ss.SSS LEVEL thread logger: ...}). */
  private static List<String> levels(Path log) throws IOException {
    assertThat(log).exists();
    try (Stream<String> lines = Files.lines(log, StandardCharsets.UTF_8)) {
      return lines.filter(line -> line.matches("\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3} .*"))
          .map(line -> line.split("\\s+")[2])
          .distinct()
          .toList();
    }
  }

  private static Path nodeFolder(Path workDir) throws IOException {
    try (Stream<Path> folders = Files.list(workDir.resolve("external-cluster"))) {
      List<Path> nodes = folders.filter(folder -> folder.getFileName().toString().startsWith("node-")).toList();
      assertThat(nodes).as("node folders in %s", workDir).hasSize(1);
      return nodes.get(0);
    }
  }

  /** One run of {@link LoggingApplication}, finished: its work dir, and its output on each stream. */
  private record Run(Path workDir, Path stdoutFile, Path stderrFile) {
    static Run of(String backend, String level) throws Exception {
      Path folder = Path.of("target/h2o-logs-test", backend + "-" + level).toAbsolutePath();
      deleteRecursively(folder);
      Path workDir = Files.createDirectories(folder.resolve("work"));
      Run run = new Run(workDir, folder.resolve("stdout.txt"), folder.resolve("stderr.txt"));
      List<String> command = new ArrayList<>();
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      command.add("-Xmx2g");
      command.addAll(StandaloneCluster.jvmFlags());
      // Spark reads spark.* system properties: the nodes take the base port this build runs its tests on.
      command.add("-D" + H2OOptions.BASE_PORT + "="
          + System.getProperty(H2OOptions.BASE_PORT, Integer.toString(H2OOptions.BASE_PORT_DEFAULT)));
      command.add("-cp");
      command.add(System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")));
      command.add(LoggingApplication.class.getName());
      command.addAll(List.of(backend, level, workDir.toString()));
      Process process = new ProcessBuilder(command)
          .redirectOutput(run.stdoutFile.toFile())
          .redirectError(run.stderrFile.toFile())
          .start();
      try {
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
          throw new AssertionError("LoggingApplication did not end; its output is in " + folder);
        }
      } finally {
        JvmProcess.stop("LoggingApplication", process);
      }
      assertThat(process.exitValue()).as("exit code of LoggingApplication; its output:%n%s", run.console()).isZero();
      assertThat(run.stdout()).contains(LoggingApplication.REPORT, "rows back in Spark: 1000");
      return run;
    }

    String stdout() throws IOException {
      return Files.readString(stdoutFile, StandardCharsets.UTF_8);
    }

    /** Both streams, as a terminal shows them. */
    String console() throws IOException {
      return stdout() + Files.readString(stderrFile, StandardCharsets.UTF_8);
    }

    private static void deleteRecursively(Path folder) throws IOException {
      if (Files.exists(folder)) {
        try (Stream<Path> paths = Files.walk(folder)) {
          for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
            Files.delete(path);
          }
        }
      }
    }
  }
}
