package org.sparkling.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.sparkling.H2OOptions;
import org.sparkling.backend.external.LocalH2OCluster;
import org.sparkling.backend.external.NodeRuntime;
import picocli.CommandLine.Option;

/** The options {@code sparkling node} and {@code sparkling cluster} share. */
final class ClusterOptions {
  @Option(names = "--name", paramLabel = "CLOUD", description = "cloud name (default: sparkling-<random>)")
  String name;

  @Option(names = "--memory", paramLabel = "SIZE",
      description = "heap of each node, as for -Xmx (default: ${DEFAULT-VALUE})")
  String memory = H2OOptions.EXTERNAL_MEMORY_DEFAULT;

  @Option(names = "--port", paramLabel = "PORT",
      description = "REST port of the first node, or the next free one; H2O takes port + 1 too (default: ${DEFAULT-VALUE})")
  int port = H2OOptions.BASE_PORT_DEFAULT;

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

  LocalH2OCluster.Builder builder(int nodes) {
    String cloudName = name == null ? "sparkling-" + UUID.randomUUID().toString().substring(0, 8) : name;
    LocalH2OCluster.Builder builder =
        LocalH2OCluster.newBuilder(workDir == null ? Path.of(System.getProperty("java.io.tmpdir"), cloudName) : workDir)
            .nodes(nodes)
            .cloudName(cloudName)
            .memory(memory)
            .basePort(port)
            .nthreads(nthreads)
            .startTimeout(Duration.ofSeconds(timeoutSeconds));
    return h2oJar == null ? builder : builder.runtime(NodeRuntime.ofH2OJar(h2oJar));
  }
}
