package org.sparkling;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sparkling.client.Cloud;
import org.sparkling.client.H2OClient;

/**
 * Asks the H2O cluster every {@code spark.ext.h2o.backend.heartbeat.interval} whether it is still the cluster the context
 * connected to: answering, healthy, as many nodes, the same name. A lost cluster is noticed without waiting for the next
 * call to fail, and the context can say so in words.
 */
final class ClusterHeartbeat implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ClusterHeartbeat.class);
  private final H2OClient client;
  private final Cloud connected;
  private final ScheduledExecutorService timer;
  private volatile String lost;

  private ClusterHeartbeat(H2OClient client, Cloud connected) {
    this.client = client;
    this.connected = connected;
    this.timer = Executors.newSingleThreadScheduledExecutor(task -> {
      Thread thread = new Thread(task, "sparkling-heartbeat");
      thread.setDaemon(true);
      return thread;
    });
  }

  /** Starts checking the cluster {@code connected} through {@code client} every {@code interval}. */
  static ClusterHeartbeat start(H2OClient client, Cloud connected, Duration interval) {
    ClusterHeartbeat heartbeat = new ClusterHeartbeat(client, connected);
    long millis = Math.max(100, interval.toMillis());
    heartbeat.timer.scheduleWithFixedDelay(heartbeat::check, millis, millis, TimeUnit.MILLISECONDS);
    return heartbeat;
  }

  /** Checks now; also what the timer runs. */
  void check() {
    String problem;
    try {
      problem = problemWith(client.cloud());
    } catch (RuntimeException e) { // H2OClientException above all; nothing may kill the timer
      problem = e.getMessage();
    }
    if (problem != null && lost == null) {
      LOG.warn("The H2O cluster at {} is lost: {}", client.node(), problem);
    } else if (problem == null && lost != null) {
      LOG.info("The H2O cluster at {} answers again", client.node());
    }
    lost = problem == null ? null : Instant.now() + ": " + problem;
  }

  private String problemWith(Cloud cloud) {
    if (!cloud.cloudName().equals(connected.cloudName())) {
      return "another H2O cluster ('" + cloud.cloudName() + "') answers there now, not '" + connected.cloudName() + "'";
    }
    if (cloud.cloudSize() < connected.cloudSize()) {
      return "the cluster has " + cloud.cloudSize() + " of its " + connected.cloudSize() + " nodes";
    }
    if (!cloud.cloudHealthy()) {
      return "node(s) " + cloud.nodes().stream().filter(node -> !node.healthy()).map(Cloud.Node::ipPort).toList()
          + " stopped answering the others";
    }
    return null;
  }

  /** Why the cluster counts as lost, with when it was noticed; empty while it answers. */
  Optional<String> lost() {
    return Optional.ofNullable(lost);
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
