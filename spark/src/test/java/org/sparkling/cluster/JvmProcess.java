package org.sparkling.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A JVM this test started, with its output in a file; stopping it also stops the processes it started (executors). */
public final class JvmProcess {
  private static final Logger LOG = LoggerFactory.getLogger(JvmProcess.class);
  private final String name;
  private final Process process;
  private final Path log;

  private JvmProcess(String name, Process process, Path log) {
    this.name = name;
    this.process = process;
    this.log = log;
  }

  static JvmProcess start(
      String name, String classpath, List<String> jvmOptions, String mainClass, List<String> arguments,
      Map<String, String> environment, Path log) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(classpath);
    command.add(mainClass);
    command.addAll(arguments);
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().putAll(environment);
    try {
      Process process = builder.start();
      LOG.info("Started {} (pid {}), output in {}", name, process.pid(), log);
      return new JvmProcess(name, process, log);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start " + name + ": " + String.join(" ", command), e);
    }
  }

  /** Fails with the end of the process's output when it has exited. */
  void requireAlive() {
    if (!process.isAlive()) {
      throw new IllegalStateException(
          name + " exited with status " + process.exitValue() + "; the end of " + log + ":\n" + tail());
    }
  }

  /** Stops the process's descendants, then the process: politely first, by force after a grace period. */
  void stop() {
    stop(name, process);
  }

  /**
   * Stops {@code process}'s descendants, then {@code process}: politely first, by force after 10 s; {@code name} says
   * whose in the log. For any process a harness started (the backend benchmark's trial JVMs too).
   */
  public static void stop(String name, Process process) {
    List<ProcessHandle> family = new ArrayList<>(process.descendants().toList());
    family.add(process.toHandle());
    family.forEach(ProcessHandle::destroy);
    for (ProcessHandle member : family) {
      try {
        member.onExit().get(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        member.destroyForcibly();
      } catch (ExecutionException | TimeoutException stillRunning) {
        LOG.warn("{}: process {} did not stop within 10 s; killing it", name, member.pid());
        member.destroyForcibly();
      }
    }
  }

  private String tail() {
    try {
      List<String> lines = Files.readAllLines(log);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    } catch (IOException e) {
      return "(cannot read: " + e.getMessage() + ")";
    }
  }

  @Override
  public String toString() {
    return name + " (pid " + process.pid() + ")";
  }
}
