package org.sparkling.backend.external;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sparkling.H2OOptions;
import org.sparkling.client.Cloud;
import org.sparkling.client.H2OClient;
import org.sparkling.client.H2OAuthenticationException;
import org.sparkling.client.H2OClientException;
import org.sparkling.client.H2OTlsException;

/**
 * Waits until every node of a starting cluster reports, over REST, a healthy cloud of all the nodes with consensus; fails
 * at once when a node exits, and at the timeout with what each node saw.
 */
final class CloudFormation {
  private static final Duration POLL = Duration.ofMillis(200);
  /**
   * While a node starts, H2O briefly holds its REST port with a plain socket (to reserve it) before its web server
   * listens: a TLS handshake in that moment fails, so TLS failures count only when they last this long.
   */
  private static final Duration TLS_GRACE = Duration.ofSeconds(15);
  private final ClusterSpec spec;
  private final Map<NodeProcess, H2OClient> clients = new LinkedHashMap<>();
  private final Map<NodeProcess, String> seen = new LinkedHashMap<>();
  private final Map<NodeProcess, Long> firstTlsFailure = new LinkedHashMap<>();

  private CloudFormation(ClusterSpec spec, List<NodeProcess> nodes) {
    this.spec = spec;
    for (NodeProcess node : nodes) {
      H2OClient.Builder client = spec.security().access().client(node.restApi()).connectTimeout(Duration.ofSeconds(1));
      clients.put(node, client.requestTimeout(Duration.ofSeconds(5)).build());
      seen.put(node, "not asked yet");
    }
  }

  static void await(ClusterSpec spec, List<NodeProcess> nodes) {
    new CloudFormation(spec, nodes).await();
  }

  private void await() {
    long deadline = System.nanoTime() + spec.startTimeout().toNanos();
    while (!formed()) {
      if (System.nanoTime() > deadline) {
        throw new ClusterStartException(timedOut());
      }
      try {
        Thread.sleep(POLL.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new ClusterStartException(
            "Interrupted while waiting for the H2O cluster '" + spec.cloudName() + "' to form", e);
      }
    }
  }

  private boolean formed() {
    boolean formed = true;
    for (Map.Entry<NodeProcess, H2OClient> node : clients.entrySet()) {
      if (!node.getKey().isAlive()) {
        throw new ClusterStartException(died(node.getKey()));
      }
      formed &= sees(node.getKey(), node.getValue());
    }
    return formed;
  }

  /** Whether this node sees the whole cloud; notes what it sees. */
  private boolean sees(NodeProcess node, H2OClient client) {
    try {
      Cloud cloud = client.cloud();
      seen.put(
          node,
          String.format("cloud '%s' of %d nodes, consensus %s, healthy %s",
              cloud.cloudName(), cloud.cloudSize(), cloud.consensus(), cloud.cloudHealthy()));
      return cloud.cloudName().equals(spec.cloudName())
          && cloud.cloudSize() == spec.nodes()
          && cloud.consensus()
          && cloud.cloudHealthy();
    } catch (H2OAuthenticationException refused) {
      // The node is up and will not change its mind: waiting for the timeout would only hide why.
      throw refuses(refused);
    } catch (H2OTlsException handshake) {
      long first = firstTlsFailure.computeIfAbsent(node, n -> System.nanoTime());
      if (System.nanoTime() - first > TLS_GRACE.toNanos()) {
        throw refuses(handshake);
      }
      seen.put(node, "TLS handshake failed, retrying: " + handshake.getMessage());
      return false;
    } catch (H2OClientException notYet) {
      seen.put(node, "REST API not answering yet");
      return false;
    }
  }

  private ClusterStartException refuses(H2OClientException refused) {
    return new ClusterStartException(String.format(
        "The H2O cluster '%s' started but refuses this application: %s The files of every node are in %s.",
        spec.cloudName(), refused.getMessage(), spec.workDir()), refused);
  }

  private String died(NodeProcess node) {
    String hint =
        node.tail(40).contains("are not available")
            ? "Another process took its ports after they were found free: start again, or choose other ports ("
                + H2OOptions.BASE_PORT + ", --port)."
            : "Fix what its output says (the node heap is set by " + H2OOptions.EXTERNAL_MEMORY + " or --memory) and start "
                + "again.";
    return String.format(
        "The H2O cluster '%s' did not start: %s%n%s The files of every node are in %s.",
        spec.cloudName(), node.describeExit(), hint, spec.workDir());
  }

  private String timedOut() {
    List<String> lines = new ArrayList<>();
    lines.add(String.format(
        "The H2O cluster '%s' of %d nodes did not form within %d s. What each node sees:",
        spec.cloudName(), spec.nodes(), spec.startTimeout().toSeconds()));
    seen.forEach((node, what) -> lines.add("  " + node.address() + ": " + what));
    lines.add(String.format(
        "Give the nodes more time (%s), fewer nodes or fewer other processes on this machine. The files of every node are "
            + "in %s; the first node's output ends with:", H2OOptions.CLOUD_TIMEOUT, spec.workDir()));
    lines.add(clients.keySet().iterator().next().tail(20));
    return String.join(System.lineSeparator(), lines);
  }
}
