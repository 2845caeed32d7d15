package org.sparkling.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sparkling.backend.external.NodeJvms;

/**
 * Drives {@code sparkling shell} as a user would: the real java command the launcher runs, a script piped into jshell,
 * its output and exit code.
 */
class ShellCommandTest {
  private static final Pattern FLOW_PORT = Pattern.compile("Flow UI http://127\\.0\\.0\\.1:(\\d+)/flow/sparkling\\.html");

  @TempDir Path folder;

  /** One run of {@code java ... SparklingCommand shell ARGS} from {@code folder} with {@code input} on stdin. */
  private record Shell(int exitCode, String out, String err, List<ProcessHandle> started) {
    @Override
    public String toString() {
      return "exit " + exitCode + "\nstdout:\n" + out + "\nstderr:\n" + err;
    }
  }

  private Shell shell(String input, String... arguments) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    // As the launcher does: its module flags and -D properties (here: this JVM's, with spark.ext.h2o.base.port), a heap.
    command.addAll(ExecutionJvmOptions.ofThisJvm());
    command.add("-Xmx1500m");
    command.add("-D" + CallerPaths.PROPERTY + "=" + folder);
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), SparklingCommand.class.getName(), "shell"));
    command.addAll(List.of(arguments));
    Path stdin = Files.writeString(folder.resolve("stdin.jsh"), input);
    Path stdout = folder.resolve("stdout.txt");
    Path stderr = folder.resolve("stderr.txt");
    Process process = new ProcessBuilder(command).redirectInput(stdin.toFile()).redirectOutput(stdout.toFile())
        .redirectError(stderr.toFile()).start();
    List<ProcessHandle> started = new ArrayList<>();
    try {
      while (!process.waitFor(200, TimeUnit.MILLISECONDS)) {
        process.descendants().filter(child -> !started.contains(child)).forEach(started::add);
      }
    } finally {
      process.destroyForcibly();
    }
    return new Shell(process.exitValue(), Files.readString(stdout, StandardCharsets.UTF_8),
        Files.readString(stderr, StandardCharsets.UTF_8), started);
  }

  @Test
  void runsAPipedScriptWithSparkAndH2OReadyAndStopsEverythingOnExit() throws Exception {
    Files.write(folder.resolve("numbers.csv"), List.of("n", "1", "2", "3"));
    Path script = Files.writeString(folder.resolve("setup.jsh"), "int answer = 42;\n");

    Shell run = shell(String.join("\n",
            "var df = spark.range(10).toDF();",
            "System.out.println(\"rows in H2O: \" + hc.asH2OFrame(df).numberOfRows());",
            "System.out.println(\"from a relative path: \" + spark.read().option(\"header\", true).csv(\"numbers.csv\")"
                + ".agg(sum(col(\"n\"))).first().get(0));",
            "System.out.println(\"from the script: \" + answer);",
            "/exit", ""),
        "--master", "local[2]", script.toString());

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out())
        .contains("rows in H2O: 10")
        .contains("from a relative path: 6.0")
        .contains("from the script: 42")
        .contains("Spark 4.1.0, H2O 3.44.0.1")
        .contains("master local[2]");
    Matcher flow = FLOW_PORT.matcher(run.out());
    assertThat(flow.find()).as(run.toString()).isTrue();
    int port = Integer.parseInt(flow.group(1));
    // jshell's execution JVM got the base port: its H2O node took it, or the next free pair.
    assertThat(port).isBetween(Integer.getInteger("spark.ext.h2o.base.port", 54321),
        Integer.getInteger("spark.ext.h2o.base.port", 54321) + 100);
    assertThat(run.started()).as("jshell and its execution JVM").hasSizeGreaterThanOrEqualTo(2);
    // The execution JVM stops H2O and Spark in its shutdown hook, which jshell does not wait for.
    await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
      assertThat(run.started()).noneMatch(ProcessHandle::isAlive);
      assertThat(NodeJvms.listening(port)).isFalse();
    });
  }

  @Test
  void endsWithExitCode1AndOneLineWhenSparkCannotStartOnTheMaster() throws Exception {
    // A well-formed master whose cluster manager (spark-yarn) is not on the class path: Spark fails at start.
    Shell run = shell("System.out.println(\"went on regardless\");\n/exit\n", "--master", "yarn");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
    assertThat(run.err()).contains("sparkling shell: Spark did not start with --master yarn: Could not parse Master URL:"
        + " 'yarn' (check --master; --verbose shows the stack trace)");
    assertThat(run.out()).doesNotContain("went on regardless");
    await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(run.started()).noneMatch(ProcessHandle::isAlive));
  }

  @Test
  void rejectsAMalformedMasterAsAUsageErrorBeforeStartingJShell() {
    CommandRun run = CommandRun.of("shell", "--master", "lcoal[2]");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("Invalid --master 'lcoal[2]': Spark takes local, local[N]");
  }

  @Test
  void isListedInTheHelpAndHasItsOwn() {
    assertThat(CommandRun.of("--help").out()).contains("shell");
    CommandRun help = CommandRun.of("shell", "--help");

    assertThat(help.exitCode()).isZero();
    assertThat(help.out()).contains("`spark` and H2OContext `hc`").contains("--master").contains("Exit codes: 0");
  }
}
