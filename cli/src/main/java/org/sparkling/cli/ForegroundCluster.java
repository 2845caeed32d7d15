package org.sparkling.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.sparkling.H2OOptions;
import org.sparkling.backend.external.LocalH2OCluster;
import org.sparkling.security.ClientFiles;
import org.sparkling.security.ClusterSecurity;

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
      ClusterSecurity security = options.security();
      out.printf("Starting %d H2O node%s (%s heap%s%s)...%n", nodes, nodes == 1 ? "" : "s", options.memory,
          nodes == 1 ? "" : " each", security.secured() ? ", " + security.summary() : "");
      long started = System.nanoTime();
      cluster = builder.security(security).start();
      printConnection(cluster, (System.nanoTime() - started) / 1e9, clientFiles(cluster, security, options));
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

  /** For a secured cluster, the files its clients need, in {@code <work dir>/client}; a cluster they cannot reach stops. */
  private static ClientFiles clientFiles(LocalH2OCluster cluster, ClusterSecurity security, ClusterOptions options) {
    if (!security.secured()) {
      return null;
    }
    try {
      return ClientFiles.write(security, options.workDir().resolve("client"));
    } catch (RuntimeException e) {
      cluster.stop();
      throw e;
    }
  }

  /** How to reach the cluster; for a secured one, where the login and the truststore are, never the password itself. */
  private void printConnection(LocalH2OCluster cluster, double seconds, ClientFiles client) {
    URI first = cluster.nodes().get(0);
    String host = first.getHost();
    int port = first.getPort();
    out.printf("H2O cluster '%s' is up in %.1f s: %d node%s%n",
        cluster.cloudName(), seconds, cluster.nodes().size(), cluster.nodes().size() == 1 ? "" : "s");
    for (URI node : cluster.nodes()) {
      out.printf("  %s (log: %s)%n", node, cluster.logFile(node));
    }
    out.printf("Flow UI: %s/flow/sparkling.html%n", first);
    String secured = "";
    String securedConf = "";
    if (client != null) {
      out.println("Every request needs the login, over HTTPS with a certificate that only this truststore trusts:");
      out.printf("  user:        %s (its password is in the credentials file, which only you can read)%n", client.user());
      out.printf("  credentials: %s (one line, user:password)%n", client.credentials());
      out.printf("  truststore:  %s (the nodes' certificate; no password)%n", client.truststore());
      secured = String.format(".setCredentialsFile(\"%s\").setTruststore(\"%s\", \"\")", client.credentials(),
          client.truststore());
      securedConf = String.format(" --conf %s=%s --conf %s=%s", H2OOptions.CREDENTIALS_FILE, client.credentials(),
          H2OOptions.TRUSTSTORE, client.truststore());
    }
    out.println("Connect Spark to it (any node will do):");
    out.printf("  new H2OConf().setExternalClusterMode().setH2OCluster(\"%s\", %d)%s%n", host, port, secured);
    out.printf("  --conf spark.ext.h2o.backend.cluster.mode=external --conf spark.ext.h2o.cloud.representative=%s:%d%s%n",
        host, port, securedConf);
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
