package org.sparkling.backend;

import java.net.URI;
import java.util.Optional;
import org.sparkling.security.ClientAccess;

/** Where the H2O cluster runs and how it is started and stopped. The driver only ever sees its REST address. */
public interface Backend {
  /** The REST address of a node of the cluster. */
  URI restApi();

  /**
   * Where Spark should run a task that reads the data of the H2O node {@code ip:port}: a Spark task location such as
   * {@code executor_<host>_<id>} when the node lives in an executor; empty when this backend does not know.
   */
  default Optional<String> sparkLocation(String node) {
    return Optional.empty();
  }

  /** How the driver and the executors reach the cluster's REST API: scheme, trusted certificates, login. */
  default ClientAccess access() {
    return ClientAccess.open();
  }

  /** One line for people: which backend, and where the nodes are. */
  String description();

  /** Where the H2O nodes write their logs, for people: a file, or where to look for the files. */
  String logs();

  /**
   * Whether this backend started the cluster for this application: then stopping the context may clear it. A cluster
   * someone else started keeps its frames and models.
   */
  default boolean ownsCluster() {
    return true;
  }

  /** Stops what this backend started; the SparkSession stays usable. */
  void stop();
}
