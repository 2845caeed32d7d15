package org.sparkling.backend.external;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One H2O node JVM of a local cluster; its output (H2O's log included) goes to {@code node.out} in its folder. */
final class NodeProcess {
  private static final Logger LOG = LoggerFactory.getLogger(NodeProcess.class);
  private final Process process;
  private final URI restApi;
  private final Path directory;
  private final Path output;

  private NodeProcess(Process process, URI restApi, Path directory) {
    this.process = process;
    this.restApi = restApi;
    this.directory = directory;
    this.output = directory.resolve("node.out");
  }

  static NodeProcess start(List<String> command, Path directory, URI restApi) {
    return start(command, Map.of(), directory, restApi);
  }

  /** Starts a node whose environment has {@code environment} besides this JVM's (secrets stay off the command line). */
  static NodeProcess start(List<String> command, Map<String, String> environment, Path directory, URI restApi) {
    Path output = directory.resolve("node.out");
    try {
      Files.createDirectories(directory);
      ProcessBuilder builder =
          new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).redirectOutput(output.toFile());
      builder.environment().putAll(environment);
      Process process = builder.start();
      return new NodeProcess(process, restApi, directory);
    } catch (IOException e) {
      throw new ClusterStartException(
          "Cannot start an H2O node JVM (" + command.get(0) + ") in " + directory + ": " + e.getMessage(), e);
    }
  }

  URI restApi() {
    return restApi;
  }

  /** The node's {@code ip:port}. */
  String address() {
    return restApi.getHost() + ":" + restApi.getPort();
  }

  long pid() {
    return process.pid();
  }

  boolean isAlive() {
    return process.isAlive();
  }

  CompletableFuture<Process> onExit() {
    return process.onExit();
  }

  /** What became of a node that exited: its exit code and the end of its output. */
  String describeExit() {
    return String.format(
        "The H2O node %s (pid %d) exited with code %d; its output (%s) ends with:%n%s",
        address(), pid(), process.exitValue(), output, tail(40));
  }

  /** The last {@code lines} lines of the node's output, indented. */
  String tail(int lines) {
    return OutputTail.of(output, lines);
  }

  /** Asks the node to stop (SIGTERM: H2O runs its shutdown hooks). */
  void stop() {
    process.destroy();
  }

  /** Kills the node (SIGKILL). */
  void kill() {
    process.destroyForcibly();
  }

  /** Deletes the node's ice folder (where H2O spills data to disk); its output and logs stay. */
  void deleteIce() {
    Path ice = directory.resolve("ice");
    if (!Files.isDirectory(ice) || isAlive()) {
      return;
    }
    try (Stream<Path> paths = Files.walk(ice)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      LOG.warn("Cannot delete {}: {}", ice, e.toString());
    }
  }

  /** Whether the node exited within {@code timeout}. */
  boolean awaitExit(Duration timeout) throws InterruptedException {
    return process.waitFor(Math.max(0, timeout.toMillis()), TimeUnit.MILLISECONDS);
  }
}
