package org.sparkling.backend.external;

import java.time.Duration;
import org.sparkling.H2OConf;

/** Small H2O clusters in their own JVMs for fault tests: started on a free base port, connected to, and killed. */
public final class KillableClusters {
  private KillableClusters() {}

  /** Starts {@code nodes} nodes of 768 MB and one thread each, under a fresh cloud name for {@code test}. */
  public static LocalH2OCluster start(String test, int nodes) {
    String cloudName = NodeJvms.cloudName(test);
    return LocalH2OCluster.newBuilder(NodeJvms.workDir(cloudName))
        .cloudName(cloudName).nodes(nodes).memory("768m").nthreads(1).basePort(NodeJvms.basePort())
        .startTimeout(Duration.ofMinutes(3)).start();
  }

  /** A configuration that connects to {@code cluster}'s first node and checks it every 300 ms. */
  public static H2OConf connectTo(LocalH2OCluster cluster) {
    return new H2OConf()
        .setH2OCluster("127.0.0.1", cluster.nodes().get(0).getPort())
        .setHeartbeatInterval(Duration.ofMillis(300))
        .setRestApiTimeout(Duration.ofSeconds(30));
  }

  /** Kills the node of {@code cluster} on {@code port} as the OOM killer would: no shutdown hook runs. */
  public static void kill(LocalH2OCluster cluster, int port) {
    NodeJvms.of(cluster.cloudName()).stream()
        .filter(node -> node.info().commandLine().orElse("").contains(" -port " + port + " "))
        .forEach(ProcessHandle::destroyForcibly);
  }
}
