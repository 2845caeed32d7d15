package org.sparkling.backend;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sparkling.client.Cloud;
import org.sparkling.client.H2OClient;
import org.sparkling.client.H2OClientException;
import org.sparkling.security.ClientAccess;

/**
 * Waits, over REST from the driver, until the H2O nodes started in the executors form one cloud; if they do not in time,
 * says which executors' nodes joined, which did not, and what usually helps.
 */
final class CloudFormation {
  private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(5);

  private CloudFormation() {}

  /** The cloud, once every node of {@code nodes} is a healthy member of it. */
  static Cloud await(Map<SparkExecutor, NodeAddress> nodes, ClientAccess access, Duration timeout) {
    List<H2OClient> clients = new ArrayList<>();
    nodes.values().forEach(node -> clients.add(
        access.client(node.restApi(access)).connectTimeout(PROBE_TIMEOUT).requestTimeout(PROBE_TIMEOUT).build()));
    Optional<Cloud> cloud = Polling.until(timeout, () -> formed(clients, nodes.size()));
    return cloud.orElseThrow(() -> new IllegalStateException(notFormed(nodes, ask(clients), timeout)));
  }

  private static Optional<Cloud> formed(List<H2OClient> clients, int size) {
    try {
      Cloud cloud = clients.get(0).cloud();
      return Optional.of(cloud).filter(c -> c.cloudSize() == size && c.consensus() && c.cloudHealthy());
    } catch (H2OClientException notYet) {
      return Optional.empty();
    }
  }

  /** What each node says about its cloud; empty where it does not answer. */
  private static List<Optional<Cloud>> ask(List<H2OClient> clients) {
    List<Optional<Cloud>> answers = new ArrayList<>();
    for (H2OClient client : clients) {
      try {
        answers.add(Optional.of(client.cloud()));
      } catch (H2OClientException silent) {
        answers.add(Optional.empty());
      }
    }
    return answers;
  }

  /** The error when the cloud did not form: the largest cloud any node reports counts as the one that formed. */
  static String notFormed(Map<SparkExecutor, NodeAddress> nodes, List<Optional<Cloud>> answers, Duration timeout) {
    Set<String> members = new HashSet<>();
    answers.stream().flatMap(Optional::stream).max((a, b) -> Integer.compare(a.cloudSize(), b.cloudSize()))
        .ifPresent(largest -> largest.nodes().forEach(node -> members.add(node.ipPort())));
    List<String> joined = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    int index = 0;
    for (Map.Entry<SparkExecutor, NodeAddress> node : nodes.entrySet()) {
      boolean answered = answers.get(index++).isPresent();
      String line = node.getKey() + " (H2O node " + node.getValue() + (answered ? "" : ", REST API not answering") + ")";
      (members.contains(node.getValue().ipPort()) ? joined : missing).add(line);
    }
    return "The H2O cloud did not form within " + timeout.toSeconds() + " s (spark.ext.h2o.cloud.timeout): "
        + joined.size() + " of " + nodes.size() + " executors' nodes joined.\n"
        + "  joined: " + (joined.isEmpty() ? "none" : String.join("; ", joined)) + "\n"
        + "  did not join: " + (missing.isEmpty() ? "none" : String.join("; ", missing)) + "\n"
        + "What usually helps: let the executors reach each other on both ports of every node (a firewall between "
        + "hosts, or pick another range with spark.ext.h2o.base.port); give slow or busy executors more time "
        + "(spark.ext.h2o.cloud.timeout); give executors enough memory for Spark and H2O (spark.executor.memory); and "
        + "read the node logs (sparkling-h2o/logs/h2o.log in each executor's work folder, or spark.ext.h2o.log.dir).";
  }
}
