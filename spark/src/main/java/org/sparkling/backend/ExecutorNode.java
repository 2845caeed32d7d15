package org.sparkling.backend;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sparkling.extension.EmbeddedNode;
import org.sparkling.security.NodeSecrets;

/**
 * The executor side of the internal backend: the one H2O node of this executor JVM. Called from tasks the driver pins to
 * each executor, in two steps: {@link #reserve} picks the node's ports (and keeps them bound), the driver writes the
 * flatfile from every executor's answer, then {@link #start} starts the node on those ports.
 *
 * <p>At most one node runs per JVM, however many tasks or cores the executor has: once a node runs, both steps answer
 * with it instead of starting another.
 */
final class ExecutorNode {
  private static final Logger LOG = LoggerFactory.getLogger(ExecutorNode.class);
  private static FreePorts.Reservation reserved;

  private ExecutorNode() {}

  /** The address this executor's node listens (or will listen) at: the running node's, else a free port pair, held. */
  static synchronized NodeAddress reserve(NodeSettings settings, SparkExecutor self) {
    Optional<URI> running = EmbeddedNode.running();
    if (running.isPresent()) {
      return NodeAddress.of(running.get());
    }
    InetAddress ip = ipOf(self);
    if (reserved == null) {
      reserved = FreePorts.reservePairFrom(settings.basePort(), ip);
    }
    return new NodeAddress(ip.getHostAddress(), reserved.port());
  }

  /**
   * Starts this executor's node at {@code address}, which {@link #reserve} gave, in a cloud of the nodes in
   * {@code flatfile}, asking for a login and serving HTTPS as {@code secrets} say (their files go to the node's folder,
   * for this JVM's user only); returns its REST address without waiting for the others. A running node is returned as it
   * is, its REST API started again if a stopped context had stopped it.
   */
  static synchronized URI start(
      NodeSettings settings, NodeSecrets secrets, SparkExecutor self, NodeAddress address, List<String> flatfile) {
    if (EmbeddedNode.running().isPresent()) {
      LOG.info("The H2O node of {} already runs; H2O starts once per JVM", self);
      return EmbeddedNode.start(List.of(), 1, settings.cloudTimeout());
    }
    Path folder = NodeFolders.create(settings.folder(self.id()));
    Path logFolder = NodeFolders.create(settings.logFolder(self.id()));
    List<String> arguments =
        new NodeArguments(settings.cloudName(), address.ip(), address.ip(), address.port(), folder, logFolder,
                settings.logLevel())
            .quiet()
            .nthreads(settings.nthreads())
            .flatfile(writeFlatfile(folder.resolve("flatfile.txt"), flatfile))
            .secured(secrets.install(folder.resolve("security")))
            .toList();
    LOG.info("Starting the H2O node of {}: {}; its log is {}", self, String.join(" ", arguments), logFolder.resolve("h2o.log"));
    H2OLogFile.attach(logFolder.resolve("h2o.log"), settings.logLevel());
    if (reserved != null) {
      reserved.close(); // frees the ports for H2O a moment before it binds them
      reserved = null;
    }
    return EmbeddedNode.start(
        arguments, secrets.keystorePassword(), "the task that starts the node", 1, settings.cloudTimeout());
  }

  /** Stops the REST API of this executor's node, if one runs; the node itself lives as long as the JVM. */
  static synchronized boolean stopRestApi() {
    if (EmbeddedNode.running().isEmpty()) {
      return false;
    }
    EmbeddedNode.stopWebServer();
    return true;
  }

  private static InetAddress ipOf(SparkExecutor self) {
    try {
      return InetAddress.getByName(self.host());
    } catch (UnknownHostException e) {
      throw new IllegalStateException(
          "Cannot resolve the host '" + self.host() + "' of " + self + " to start its H2O node; check its DNS or set "
              + "SPARK_LOCAL_IP on the workers",
          e);
    }
  }

  private static Path writeFlatfile(Path file, List<String> nodes) {
    try {
      return Files.write(file, nodes);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the H2O flatfile " + file, e);
    }
  }
}
