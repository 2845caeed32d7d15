package org.sparkling;

import java.time.Instant;
import org.sparkling.client.H2OConnectionException;

/**
 * The H2O cluster of a context stopped answering: a node died, the cluster was stopped, or another cluster took its
 * address. Spark itself is unharmed; connect again with {@link H2OContext#getOrCreate(org.apache.spark.sql.SparkSession,
 * H2OConf)} once a cluster runs.
 */
public final class H2OClusterLostException extends IllegalStateException {
  private static final long serialVersionUID = 1L;
  private final String hostPort;

  H2OClusterLostException(String hostPort, String what, String lost, Throwable cause) {
    super("H2O cluster not reachable at " + hostPort + (what.isEmpty() ? "" : " during " + what) + " (noticed at "
        + lost + "). Spark is unharmed: start or fix the cluster, then call H2OContext.getOrCreate(spark, conf) to "
        + "connect to it; work that was under way must be run again.", cause);
    this.hostPort = hostPort;
  }

  /**
   * For work that cannot go on without a node that does not answer, e.g. a task reading a chunk that node holds: the
   * cluster lacks one of its members, so it counts as lost.
   *
   * @param what the work, e.g. {@code the read of chunk 3 of H2O frame 'f'}
   */
  public static H2OClusterLostException nodeNotAnswering(String what, H2OConnectionException cause) {
    return new H2OClusterLostException(
        cause.hostPort(), what, Instant.now() + ": node " + cause.hostPort() + " does not answer: " + cause.getMessage(),
        cause);
  }

  /** The {@code host:port} the context talked to, or the node that did not answer. */
  public String hostPort() {
    return hostPort;
  }
}
