package org.sparkling;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sparkling.client.CallCutoff;
import org.sparkling.client.Cloud;
import org.sparkling.client.H2OClient;
import org.sparkling.client.NodeAddress;
import org.sparkling.security.ClientAccess;

/**
 * Asks the H2O cluster every {@code spark.ext.h2o.backend.heartbeat.interval} whether it is still the cluster the context
 * connected to: answering, healthy, as many nodes, the same name, and every node answering its own REST API. H2O itself
 * takes a long time to notice a dead member (its jobs just wait for it), so each node is pinged: a lost node is noticed
 * within one interval, without waiting for the next call to fail, and the context can say so in words and stop the work
 * under way: the calls of the clients built with its {@link CallCutoff} are cut as soon as it finds the cluster lost, and
 * let through again if the cluster answers again.
 */
final class ClusterHeartbeat implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ClusterHeartbeat.class);
  private final H2OClient client;
  private final Cloud connected;
  private final List<H2OClient> members;
  private final CallCutoff cutoff;
  private final ScheduledExecutorService timer;
  private final List<Runnable> whenLost = new CopyOnWriteArrayList<>();
  private volatile String lost;

  private ClusterHeartbeat(
      H2OClient client, Cloud connected, Duration timeout, ClientAccess access, CallCutoff cutoff) {
    this.client = client;
    this.connected = connected;
    this.cutoff = cutoff;
    this.members = connected.nodes().stream()
        .map(node -> access.client(NodeAddress.restApi(client.node(), node.ipPort())).requestTimeout(timeout).build())
        .toList();
    this.timer = Executors.newSingleThreadScheduledExecutor(task -> {
      Thread thread = new Thread(task, "sparkling-heartbeat");
      thread.setDaemon(true);
      return thread;
    });
  }

  /**
   * Starts checking the cluster {@code connected} through {@code client} every {@code interval}; each node's ping may take
   * up to {@code timeout}. Finding the cluster lost throws {@code cutoff}.
   */
  static ClusterHeartbeat start(
      H2OClient client, Cloud connected, Duration interval, Duration timeout, ClientAccess access, CallCutoff cutoff) {
    ClusterHeartbeat heartbeat = new ClusterHeartbeat(client, connected, timeout, access, cutoff);
    long millis = Math.max(100, interval.toMillis());
    heartbeat.timer.scheduleWithFixedDelay(heartbeat::check, millis, millis, TimeUnit.MILLISECONDS);
    return heartbeat;
  }

  /** Checks now; also what the timer runs. */
  void check() {
    String problem;
    try {
      // The members' pings first: a killed node refuses them at once, while a survivor's GET /3/Cloud waits for the
      // dead member until the REST timeout, which would delay the news by that much.
      String unanswered = unansweredMember();
      problem = unanswered != null ? unanswered : problemWith(client.cloud());
    } catch (RuntimeException e) { // H2OClientException above all; nothing may kill the timer
      problem = e.getMessage();
    }
    boolean noticed = problem != null && lost == null;
    if (problem == null && lost != null) {
      LOG.info("The H2O cluster at {} answers again", client.node());
      cutoff.restore();
    }
    lost = problem == null ? null : Instant.now() + ": " + problem;
    if (noticed) {
      LOG.warn("The H2O cluster at {} is lost: {}", client.node(), problem);
      // Calls already sent to a surviving node would wait for the dead one until the REST timeout.
      cutoff.cut("the H2O cluster at " + client.node().getAuthority() + " is lost: " + problem);
      whenLost.forEach(Runnable::run);
    }
  }

  /** Runs {@code action} (on the heartbeat's thread) each time the cluster is found lost. */
  void whenLost(Runnable action) {
    whenLost.add(action);
  }

  private String unansweredMember() {
    for (H2OClient member : members) {
      try {
        member.ping();
      } catch (RuntimeException e) {
        return "node " + member.node().getAuthority() + " does not answer: " + e.getMessage();
      }
    }
    return null;
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
