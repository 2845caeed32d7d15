package org.sparkling.extension;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import water.H2O;
import water.H2OStarter;

/**
 * The H2O node running inside this JVM. H2O keeps its state in static fields and cannot be started twice in one JVM, so
 * this class starts it at most once and hands the same node to every later caller.
 */
public final class EmbeddedNode {
  private static URI restApi;

  private EmbeddedNode() {}

  /**
   * Starts the node with H2O's own command-line arguments, REST API on, and waits until {@code cloudSize} nodes have clouded.
   *
   * @return the node's REST address
   */
  public static synchronized URI start(List<String> h2oArguments, int cloudSize, Duration timeout) {
    if (restApi == null) {
      H2OStarter.start(h2oArguments.toArray(String[]::new), true);
      H2O.waitForCloudSize(cloudSize, timeout.toMillis());
      restApi = URI.create("http://" + H2O.getIpPortString());
    }
    return restApi;
  }

  /** The REST address of the node running in this JVM, if one was started. */
  public static synchronized Optional<URI> running() {
    return Optional.ofNullable(restApi);
  }
}
