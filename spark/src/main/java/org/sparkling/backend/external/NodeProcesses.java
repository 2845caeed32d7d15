package org.sparkling.backend.external;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The node JVMs of one cluster, stopped together: by {@link #stop()}, or by a shutdown hook when this JVM exits first, so
 * that no node outlives its owner.
 */
final class NodeProcesses {
  private static final Logger LOG = LoggerFactory.getLogger(NodeProcesses.class);
  private static final Duration STOP_GRACE = Duration.ofSeconds(10);
  private final String cloudName;
  private final List<NodeProcess> nodes = new CopyOnWriteArrayList<>();
  private final Thread stopOnExit;
  private volatile boolean stopped;

  NodeProcesses(String cloudName) {
    this.cloudName = cloudName;
    this.stopOnExit = new Thread(this::stop, "stop-h2o-cluster-" + cloudName);
    Runtime.getRuntime().addShutdownHook(stopOnExit);
  }

  void add(NodeProcess node) {
    nodes.add(node);
    if (stopped) {
      stop(node); // stopped while starting: this one came too late for stop()
    }
  }

  List<NodeProcess> all() {
    return List.copyOf(nodes);
  }

  /** Blocks until a node exits; says what became of it, or nothing when the nodes were stopped on purpose. */
  Optional<String> awaitAnyExit() throws InterruptedException {
    try {
      CompletableFuture.anyOf(nodes.stream().map(NodeProcess::onExit).toArray(CompletableFuture[]::new)).get();
    } catch (ExecutionException e) {
      throw new IllegalStateException("Cannot watch the H2O node processes of '" + cloudName + "'", e);
    }
    if (stopped) {
      return Optional.empty();
    }
    return nodes.stream().filter(node -> !node.isAlive()).findFirst().map(NodeProcess::describeExit);
  }

  /**
   * Asks every node to stop, kills those still running after the grace period, waits until all are gone (also when the
   * calling thread was interrupted, whose interrupt status is kept). Idempotent.
   */
  synchronized void stop() {
    if (stopped) {
      return;
    }
    stopped = true;
    boolean interrupted = Thread.interrupted();
    nodes.forEach(NodeProcess::stop);
    long deadline = System.nanoTime() + STOP_GRACE.toNanos();
    for (NodeProcess node : nodes) {
      interrupted |= awaitOrKill(node, Duration.ofNanos(deadline - System.nanoTime()));
    }
    nodes.forEach(NodeProcess::deleteIce);
    if (Thread.currentThread() != stopOnExit) {
      try {
        Runtime.getRuntime().removeShutdownHook(stopOnExit);
      } catch (IllegalStateException exiting) {
        // This JVM is exiting; the hook finds nothing left to do.
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    LOG.info("Stopped the H2O cluster '{}' ({} nodes)", cloudName, nodes.size());
  }

  private static void stop(NodeProcess node) {
    node.stop();
    if (awaitOrKill(node, STOP_GRACE)) {
      Thread.currentThread().interrupt();
    }
  }

  /** Waits for the node to exit, killing it after {@code grace} or at an interrupt; says whether there was one. */
  private static boolean awaitOrKill(NodeProcess node, Duration grace) {
    boolean interrupted = false;
    try {
      if (node.awaitExit(grace)) {
        return false;
      }
      LOG.warn("The H2O node {} (pid {}) did not stop within {} s; killing it",
          node.address(), node.pid(), grace.toSeconds());
    } catch (InterruptedException e) {
      interrupted = true; // no more patience: kill it, but still wait until it is gone
    }
    node.kill();
    try {
      node.awaitExit(STOP_GRACE);
    } catch (InterruptedException e) {
      interrupted = true;
    }
    return interrupted;
  }
}
