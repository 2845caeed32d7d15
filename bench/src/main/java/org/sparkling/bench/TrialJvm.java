package org.sparkling.bench;

import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.sparkling.bench.peers.TrialFiles;
import org.sparkling.cluster.JvmProcess;

/**
 * Runs a trial in a fresh JVM, the Spark driver of one trial: by default {@link BackendTrial} with this JVM's classpath, and
 * the module flags it is given. Its standard output goes to the console (progress), its log to {@code output.log} in the
 * trial's folder, which is also its scratch space. The JVM and what it started (H2O nodes) are stopped when it fails,
 * times out, or this JVM exits first.
 */
final class TrialJvm {
  private final Path folder;
  private final List<String> jvmOptions;
  private final Duration timeout;
  private final String classpath;
  private final String mainClass;

  /**
   * @param folder where each trial gets a folder of its own
   * @param jvmOptions the driver's JVM options: heap and the module flags Spark and H2O need
   * @param timeout how long one trial may take
   */
  TrialJvm(Path folder, List<String> jvmOptions, Duration timeout) {
    this(folder, jvmOptions, timeout, System.getProperty("java.class.path"), BackendTrial.class.getName());
  }

  /**
   * A trial JVM with a classpath of its own, whose main class takes the request and the result file as its arguments.
   */
  TrialJvm(Path folder, List<String> jvmOptions, Duration timeout, String classpath, String mainClass) {
    this.folder = folder;
    this.jvmOptions = List.copyOf(jvmOptions);
    this.timeout = timeout;
    this.classpath = classpath;
    this.mainClass = mainClass;
  }

  /** Runs the trial called {@code name} and returns what it wrote. */
  <T> T run(String name, Object request, Class<T> resultType) throws IOException, InterruptedException {
    Path trial = Files.createDirectories(folder.resolve(name).toAbsolutePath());
    Path requestFile = trial.resolve("request.json");
    Path resultFile = trial.resolve("result.json");
    Path log = trial.resolve("output.log");
    TrialFiles.write(requestFile, request);
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.add("-D" + BenchProcesses.ROOT_PID + "=" + BenchProcesses.rootPid());
    command.add("-cp");
    command.add(classpath);
    command.add(mainClass);
    command.add(requestFile.toString());
    command.add(resultFile.toString());
    ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(Redirect.INHERIT).redirectError(log.toFile());
    builder.environment().put("SPARK_SCALA_VERSION", "2.13");
    builder.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
    Process process = builder.start();
    Thread stopOnExit = new Thread(() -> JvmProcess.stop(name, process), "stop-" + name);
    Runtime.getRuntime().addShutdownHook(stopOnExit);
    try {
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        throw new IllegalStateException(
            "The trial " + name + " did not end within " + timeout.toMinutes() + " min (--trial-timeout); its log: " + log);
      }
      if (process.exitValue() != 0) {
        throw new IllegalStateException("The trial " + name + " failed with exit code " + process.exitValue()
            + "; the end of " + log + ":\n" + tail(log));
      }
      return TrialFiles.read(resultFile, resultType);
    } finally {
      JvmProcess.stop(name, process);
      try {
        Runtime.getRuntime().removeShutdownHook(stopOnExit);
      } catch (IllegalStateException shuttingDown) {
        // the hook runs already
      }
    }
  }

  private static String tail(Path log) {
    try {
      List<String> lines = Files.readAllLines(log);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    } catch (IOException e) {
      return "(cannot read it: " + e.getMessage() + ")";
    }
  }
}
