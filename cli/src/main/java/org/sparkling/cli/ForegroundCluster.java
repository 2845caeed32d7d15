package org.sparkling.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.util.List;
import java.util.Optional;
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
  private boolean verbose;

  ForegroundCluster(String command, PrintWriter out, PrintWriter err) {
    this.command = command;
    this.out = out;
    this.err = err;
  }

  int run(ClusterOptions options, int nodes) {
    verbose = options.verbose;
    LocalH2OCluster cluster;
    try {
      LocalH2OCluster.Builder builder = options.builder(nodes).validate();
      options.requireFreePort();
      out.printf("Starting %d H2O node%s (%s heap%s)...%n",
          nodes, nodes == 1 ? "" : "s", options.memory, nodes == 1 ? "" : " each");
      long started = System.nanoTime();
      cluster = builder.start();
      printConnection(cluster, (System.nanoTime() - started) / 1e9);
    } catch (IllegalArgumentException e) {
      return fail(ExitCodes.USAGE, e.getMessage(), "", null);
    } catch (RuntimeException e) { // the cloud did not form, a node died, a port is taken, the work dir is not writable
      return fail(ExitCodes.FAILURE, e.getMessage() == null ? e.toString() : e.getMessage(), "", e);
    }
    try {
      Optional<String> died = cluster.awaitNodeExit();
      if (died.isPresent()) {
        return fail(ExitCodes.FAILURE, died.get(), ". The other nodes are stopped.", null);
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
      out.printf("  %s (log: %s)%n", node, cluster.logFile(node));
    }
    out.printf("Flow UI: %s/flow/sparkling.html%n", first);
    out.println("Connect Spark to it (any node will do):");
    out.printf("  new H2OConf().setExternalClusterMode().setH2OCluster(\"%s\", %d)%n", host, port);
    out.printf("  --conf spark.ext.h2o.backend.cluster.mode=external --conf spark.ext.h2o.cloud.representative=%s:%d%n",
        host, port);
    out.println("Press Ctrl-C to stop it.");
    out.flush();
  }

  /**
   * Prints the first line of the message, the one a script logs; the rest (what each node saw, the end of its output)
   * with {@code --verbose}, as well as the stack trace of an unexpected failure.
   */
  private int fail(int exitCode, String message, String addendum, RuntimeException failure) {
    List<String> lines = message.lines().toList();
    boolean more = lines.size() > 1;
    String first = lines.isEmpty() ? "" : lines.get(0).replaceFirst("( ends with)?:\\s*$", "") + addendum;
    err.println("sparkling " + command + ": " + first + (more && !verbose ? " (--verbose shows more)" : ""));
    if (verbose) {
      lines.stream().skip(1).forEach(err::println);
      if (failure != null) {
        failure.printStackTrace(err);
      }
    }
    err.flush();
    return exitCode;
  }
}
