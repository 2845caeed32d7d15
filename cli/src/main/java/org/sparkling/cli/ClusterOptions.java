package org.sparkling.cli;

import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.sparkling.H2OConf;
import org.sparkling.H2OOptions;
import org.sparkling.backend.FreePorts;
import org.sparkling.backend.external.LocalH2OCluster;
import org.sparkling.backend.external.NodeRuntime;
import org.sparkling.security.ClusterSecurity;
import picocli.CommandLine.Option;

/** The options {@code sparkling node} and {@code sparkling cluster} share. */
final class ClusterOptions {
  @Option(names = "--name", paramLabel = "CLOUD", description = "cloud name (default: sparkling-<random>)")
  String name;

  @Option(names = "--memory", paramLabel = "SIZE",
      description = "heap of each node, as for -Xmx (default: ${DEFAULT-VALUE})")
  String memory = H2OOptions.EXTERNAL_MEMORY_DEFAULT;

  @Option(names = "--port", paramLabel = "PORT",
      description = "REST port of the first node; it and port + 1, which H2O takes too, must be free"
          + " (default: the first free pair from " + H2OOptions.BASE_PORT_DEFAULT + ")")
  Integer port;

  @Option(names = "--nthreads", paramLabel = "N",
      description = "threads per node; -1: every core (default: ${DEFAULT-VALUE})")
  int nthreads = H2OOptions.NTHREADS_DEFAULT;

  @Option(names = "--work-dir", paramLabel = "DIR",
      description = "folder of the nodes' output and logs (default: <tmp>/<cloud name>)")
  Path workDir;

  @Option(names = "--timeout", paramLabel = "SECONDS",
      description = "how long the nodes may take to cloud up (default: ${DEFAULT-VALUE})")
  long timeoutSeconds = 120;

  @Option(names = "--h2o-jar", paramLabel = "JAR",
      description = "run the nodes from an official h2o.jar (water.H2OApp) instead of Sparkling Water's H2O runtime")
  Path h2oJar;

  @Option(names = "--verbose", description = "print all of a failure: what each node saw, the end of its output")
  boolean verbose;

  @Option(names = "--secured",
      description = "ask every request for a login and serve HTTPS: a generated user and password and a self-signed "
          + "certificate; prints where the credentials file and the truststore are, never the password")
  boolean secured;

  /**
   * Fails when {@code --port} was given and it or the next port is taken: the user means that port (to connect Spark to
   * it). Without {@code --port} the nodes take the first free pair from the default.
   */
  void requireFreePort() {
    if (port != null && FreePorts.pairFrom(port, InetAddress.getLoopbackAddress()) != port) {
      throw new IllegalStateException(String.format("Port %d or %d on 127.0.0.1 is taken (an H2O node listens on its"
          + " --port and the next one): stop what holds it, or pass another --port", port, port + 1));
    }
  }

  LocalH2OCluster.Builder builder(int nodes) {
    LocalH2OCluster.Builder builder =
        LocalH2OCluster.newBuilder(workDir())
            .nodes(nodes)
            .cloudName(cloudName())
            .memory(memory)
            .basePort(port == null ? H2OOptions.BASE_PORT_DEFAULT : port)
            .nthreads(nthreads)
            .startTimeout(Duration.ofSeconds(timeoutSeconds));
    return h2oJar == null ? builder : builder.runtime(NodeRuntime.ofH2OJar(h2oJar));
  }

  /** {@code --name}, else a random {@code sparkling-<8 hex digits>} picked once. */
  String cloudName() {
    if (name == null) {
      name = "sparkling-" + UUID.randomUUID().toString().substring(0, 8);
    }
    return name;
  }

  /** The folder of the cluster's files: {@code --work-dir}, else {@code <tmp>/<cloud name>}. */
  Path workDir() {
    return workDir == null ? Path.of(System.getProperty("java.io.tmpdir"), cloudName()) : workDir;
  }

  /**
   * With {@code --secured}, a generated login and certificate in {@code <work dir>/security} (a folder only its owner may
   * enter); else none. Called once the other options are valid, so that a typo generates nothing.
   */
  ClusterSecurity security() {
    if (!secured) {
      return ClusterSecurity.none();
    }
    if (h2oJar != null) {
      throw new IllegalArgumentException("--secured does not work with --h2o-jar: the official h2o.jar takes the keystore "
          + "password only on its command line, which every user of this machine can read; drop --h2o-jar");
    }
    return ClusterSecurity.of(new H2OConf().setAutoSecured(true), workDir().resolve("security"));
  }
}
