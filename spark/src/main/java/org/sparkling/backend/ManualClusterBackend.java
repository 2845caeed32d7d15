package org.sparkling.backend;

import java.net.URI;
import org.sparkling.H2OConf;
import org.sparkling.H2OOptions;
import org.sparkling.security.ClientAccess;

/**
 * The external backend with manual start: an H2O cluster someone else started and owns. The driver knows one node's
 * REST address and asks it for the rest; it never starts or stops the cluster and leaves its data alone when it stops.
 */
final class ManualClusterBackend implements Backend {
  private final ClusterAddress representative;
  private final ClientAccess access;

  private ManualClusterBackend(ClusterAddress representative, ClientAccess access) {
    this.representative = representative;
    this.access = access;
  }

  static ManualClusterBackend connect(H2OConf conf) {
    if (conf.cloudRepresentative().isEmpty()) {
      throw new IllegalArgumentException(
          "The external backend with manual start needs the address of a running H2O node: set "
              + H2OOptions.CLOUD_REPRESENTATIVE + "=host:port (or new H2OConf().setH2OCluster(host, port)); "
              + "start nodes with `./sparkling cluster --nodes 2`, or let Sparkling Water start them with "
              + H2OOptions.EXTERNAL_START_MODE + "=auto.");
    }
    return new ManualClusterBackend(
        ClusterAddress.parse(conf.cloudRepresentative(), H2OOptions.CLOUD_REPRESENTATIVE), ClientAccess.of(conf));
  }

  @Override
  public URI restApi() {
    return access.restApi(representative.host(), representative.port());
  }

  @Override
  public ClientAccess access() {
    return access;
  }

  @Override
  public String description() {
    return "external, manual start: the H2O cluster at " + representative;
  }

  @Override
  public String logs() {
    return "on the H2O nodes, wherever whoever started them put their logs (H2O's -log_dir)";
  }

  @Override
  public boolean ownsCluster() {
    return false;
  }

  @Override
  public void stop() {
    // Not ours to stop: the cluster and its frames stay for whoever else uses them.
  }
}
