package org.sparkling.client;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.sparkling.extension.NodeLauncher;

/**
 * A real H2O node with the Sparkling extension, started by {@link NodeLauncher} in its own JVM from this test JVM's
 * classpath. Its output goes to {@code target/h2o-nodes/<cloud>/node.out}; closing it stops the JVM, and a shutdown hook
 * stops it if the test JVM exits first.
 */
final class H2ONodeProcess implements AutoCloseable {
  private static final long START_TIMEOUT_SECONDS = 90;
  private static final long STOP_GRACE_SECONDS = 15;
  private static final Path NODES = Path.of("target", "h2o-nodes");

  private final Process process;
  private final Path directory;
  private final Path output;
  private final Thread killOnExit;
  private URI restApi;

  private H2ONodeProcess(Process process, Path directory, Path output) {
    this.process = process;
    this.directory = directory;
    this.output = output;
    this.killOnExit = new Thread(process::destroyForcibly, "kill-" + directory.getFileName());
    Runtime.getRuntime().addShutdownHook(killOnExit);
  }

  /** Starts a one-node cloud on loopback and waits until its REST API answers. */
  static H2ONodeProcess start() {
    int port = freePortPair();
    String cloud = "sparkling-client-test-" + UUID.randomUUID().toString().substring(0, 8);
    Path directory = NODES.resolve(cloud).toAbsolutePath();
    Path output = directory.resolve("node.out");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of("--add-opens=java.base/java.lang=ALL-UNNAMED", "-Xmx1g", "-Djava.net.preferIPv4Stack=true"));
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), NodeLauncher.class.getName()));
    command.addAll(List.of("-ip", "127.0.0.1", "-port", Integer.toString(port), "-name", cloud));
    command.addAll(List.of("-log_dir", directory.resolve("logs").toString()));
    command.addAll(List.of("-ice_root", directory.resolve("ice").toString()));
    command.addAll(List.of("-flow_dir", directory.resolve("flows").toString()));
    H2ONodeProcess node;
    try {
      Files.createDirectories(directory);
      node =
          new H2ONodeProcess(
              new ProcessBuilder(command)
                  .directory(directory.toFile())
                  .redirectErrorStream(true)
                  .redirectOutput(output.toFile())
                  .start(),
              directory,
              output);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start an H2O node: " + command, e);
    }
    try {
      node.restApi = node.awaitReady();
      return node;
    } catch (RuntimeException | Error e) {
      node.close();
      throw e;
    }
  }

  /** The node's REST address, as the launcher printed it. */
  URI restApi() {
    return restApi;
  }

  /** The {@code ip:port} H2O reports for this node. */
  String ipPort() {
    return restApi.getHost() + ":" + restApi.getPort();
  }

  H2OClient client() {
    return H2OClient.newBuilder(restApi).build();
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(STOP_GRACE_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(STOP_GRACE_SECONDS, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    } finally {
      if (!process.isAlive()) {
        removeShutdownHook();
        deleteRecursively(directory.resolve("ice"));
      }
    }
  }

  private URI awaitReady() {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(START_TIMEOUT_SECONDS);
    while (System.nanoTime() < deadline) {
      Optional<URI> ready = readyLine();
      if (ready.isPresent()) {
        return ready.get();
      }
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "The H2O node exited with code " + process.exitValue() + " before it was ready; its output ("
                + output + ") ends with:\n" + tail());
      }
      pause();
    }
    throw new IllegalStateException(
        "The H2O node printed no '" + NodeLauncher.READY + "' line within " + START_TIMEOUT_SECONDS
            + " s; its output (" + output + ") ends with:\n" + tail());
  }

  private Optional<URI> readyLine() {
    return lines().stream()
        .filter(line -> line.startsWith(NodeLauncher.READY))
        .map(line -> URI.create(line.substring(NodeLauncher.READY.length()).strip()))
        .findFirst();
  }

  private String tail() {
    List<String> lines = lines();
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
  }

  private List<String> lines() {
    try {
      // ISO-8859-1 reads any byte sequence, also a line the node is still writing.
      return Files.exists(output) ? Files.readAllLines(output, StandardCharsets.ISO_8859_1) : List.of();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void removeShutdownHook() {
    try {
      Runtime.getRuntime().removeShutdownHook(killOnExit);
    } catch (IllegalStateException jvmAlreadyExiting) {
      // The hook is running or about to: nothing left to undo.
    }
  }

  /**
   * A port P with P + 1 also free (H2O takes both), below Linux's ephemeral range (32768+) so that no outgoing connection
   * grabs P + 1 before the node binds it.
   */
  static int freePortPair() {
    for (int attempt = 0; attempt < 200; attempt++) {
      int port = ThreadLocalRandom.current().nextInt(20_000, 32_000);
      if (isFree(port) && isFree(port + 1)) {
        return port;
      }
    }
    throw new IllegalStateException("Found no two consecutive free ports between 20000 and 32000");
  }

  /** A port nothing listens on (at the moment of the call). */
  static int freePort() {
    for (int attempt = 0; attempt < 200; attempt++) {
      int port = ThreadLocalRandom.current().nextInt(20_000, 32_000);
      if (isFree(port)) {
        return port;
      }
    }
    throw new IllegalStateException("Found no free port between 20000 and 32000");
  }

  private static boolean isFree(int port) {
    try (ServerSocket socket = new ServerSocket(port)) {
      return socket.getLocalPort() == port;
    } catch (IOException taken) {
      return false;
    }
  }

  private static void pause() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting for the H2O node to start", e);
    }
  }

  private static void deleteRecursively(Path root) {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
