package org.sparkling.backend.external;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
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

  /**
   * A listener that kills the node of {@code cluster} on {@code port} once the first task of a Spark job has finished, and
   * notes when in {@code killedAt} ({@link System#nanoTime()}): a kill in the middle of the job's work.
   */
  public static SparkListener killAfterFirstTask(LocalH2OCluster cluster, int port, AtomicLong killedAt) {
    return new SparkListener() {
      @Override
      public void onTaskEnd(SparkListenerTaskEnd taskEnd) {
        if (killedAt.compareAndSet(0, System.nanoTime())) {
          kill(cluster, port);
        }
      }
    };
  }

  /**
   * Runs {@code work} that the kill noted in {@code killedAt} must make fail, bounded so that a hang fails the test (the
   * bound is far above any figure measured); checks that it returned nothing, prints how long it took to fail, after it
   * began and after the kill, and returns what it threw.
   */
  public static Throwable failureOf(String work, AtomicLong killedAt, Callable<?> call) {
    long started = System.nanoTime();
    Throwable error = assertTimeoutPreemptively(Duration.ofMinutes(3), () -> {
      Object[] returned = new Object[1];
      Throwable thrown = catchThrowable(() -> returned[0] = call.call());
      assertThat(returned[0]).as("what %s returned after the node died", work).isNull();
      return thrown;
    });
    long failed = System.nanoTime();
    System.out.printf("node killed mid-%s: it failed %.1f s after it began, %.1f s after the kill: %s%n",
        work, (failed - started) / 1e9, (failed - killedAt.get()) / 1e9, error);
    assertThat(killedAt).as("the node was killed during the %s", work).doesNotHaveValue(0);
    return error;
  }

  /** Kills the node of {@code cluster} on {@code port} as the OOM killer would: no shutdown hook runs. */
  public static void kill(LocalH2OCluster cluster, int port) {
    NodeJvms.of(cluster.cloudName()).stream()
        .filter(node -> node.info().commandLine().orElse("").contains(" -port " + port + " "))
        .forEach(ProcessHandle::destroyForcibly);
  }
}
