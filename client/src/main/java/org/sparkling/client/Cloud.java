package org.sparkling.client;

import java.util.List;
import java.util.Objects;

/**
 * An H2O cluster as {@code GET /3/Cloud} describes it.
 *
 * @param version H2O version, e.g. {@code 3.44.0.1}
 * @param cloudName the name the nodes clouded up under
 * @param cloudSize how many nodes form the cloud
 * @param cloudHealthy whether every node reports healthy
 * @param consensus whether the nodes agree on the membership
 * @param locked whether the membership is final (H2O locks it once work starts)
 * @param nodes the members
 */
public record Cloud(
    String version,
    String cloudName,
    int cloudSize,
    boolean cloudHealthy,
    boolean consensus,
    boolean locked,
    List<Node> nodes) {

  public Cloud {
    Objects.requireNonNull(version, "version == null");
    nodes = nodes == null ? List.of() : List.copyOf(nodes);
  }

  /**
   * One H2O node.
   *
   * @param h2o the node's name as H2O prints it (usually {@code /ip:port})
   * @param ipPort the node's REST address, {@code ip:port}
   * @param healthy whether it answers heartbeats
   * @param numCpus CPUs the JVM sees
   * @param nthreads worker threads H2O uses
   * @param maxMem maximum heap in bytes
   * @param freeMem free heap in bytes
   */
  public record Node(String h2o, String ipPort, boolean healthy, int numCpus, int nthreads, long maxMem, long freeMem) {}
}
