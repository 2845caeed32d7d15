package org.sparkling.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.util.Optional;
import org.sparkling.backend.external.ClusterStartException;
import org.sparkling.backend.external.LocalH2OCluster;

/**
 * Runs a local H2O cluster in the foreground: starts it, prints how to connect Spark to it, and keeps it until Ctrl-C (or
 * an interrupt), or until a node dies. Exit codes: 0 stopped by an interrupt, 1 the cluster failed, 2 invalid options;
 * Ctrl-C and kill end the JVM, whose shutdown hook stops the nodes, with the usual 130 and 143.
 */
final class ForegroundCluster {
  private final String command;
  private final PrintWriter out;
  private final PrintWriter err;

  ForegroundCluster(String command, PrintWriter out, PrintWriter err) {
    this.command = command;
    this.out = out;
    this.err = err;
  }

  int run(ClusterOptions options, int nodes) {
    LocalH2OCluster cluster;
    try {
      LocalH2OCluster.Builder builder = options.builder(nodes).validate();
      out.printf("Starting %d H2O node%s (%s heap%s)...%n",
          nodes, nodes == 1 ? "" : "s", options.memory, nodes == 1 ? "" : " each");
      long started = System.nanoTime();
      cluster = builder.start();
      printConnection(cluster, (System.nanoTime() - started) / 1e9);
    } catch (IllegalArgumentException e) {
      return fail(2, e.getMessage());
    } catch (ClusterStartException | IllegalStateException e) {
      return fail(1, e.getMessage());
    }
    try {
      Optional<String> died = cluster.awaitNodeExit();
      if (died.isPresent()) {
        return fail(1, died.get() + System.lineSeparator() + "The other nodes are stopped.");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      cluster.stop();
    }
    out.printf("H2O cluster '%s' stopped.%n", cluster.cloudName());
    out.flush();
    return 0;
  }

  private void printConnection(LocalH2OCluster cluster, double seconds) {
    URI first = cluster.nodes().get(0);
    String host = first.getHost();
    int port = first.getPort();
    out.printf("H2O cluster '%s' is up in %.1f s: %d node%s%n",
        cluster.cloudName(), seconds, cluster.nodes().size(), cluster.nodes().size() == 1 ? "" : "s");
    for (URI node : cluster.nodes()) {
      out.printf("  %s (output: %s)%n", node, cluster.workDir().resolve("node-" + node.getPort()).resolve("node.out"));
    }
    out.printf("Flow UI: %s/flow/index.html%n", first);
    out.println("Connect Spark to it (any node will do):");
    out.printf("  new H2OConf().setExternalClusterMode().setH2OCluster(\"%s\", %d)%n", host, port);
    out.printf("  --conf spark.ext.h2o.backend.cluster.mode=external --conf spark.ext.h2o.cloud.representative=%s:%d%n",
        host, port);
    out.println("Press Ctrl-C to stop it.");
    out.flush();
  }

  private int fail(int exitCode, String message) {
    err.println("sparkling " + command + ": " + message);
    err.flush();
    return exitCode;
  }
}
