package org.sparkling.backend;

import java.util.ArrayList;
import java.util.List;
import org.sparkling.H2OConf;
import org.sparkling.H2OOptions;

/**
 * Which backends can start secured nodes: the internal backend (embedded in local mode, or in the executors) and the
 * external backend with automatic start on this machine. Asking another backend (a cluster others started, H2O's YARN
 * driver) for a login or HTTPS fails rather than leaving an open cluster that its user believes secured.
 */
final class SecuredStart {
  private SecuredStart() {}

  /** The options set that ask for secured nodes. */
  static List<String> asked(H2OConf conf) {
    List<String> asked = new ArrayList<>();
    if (conf.autoSecured()) {
      asked.add(H2OOptions.AUTO_SECURED);
    }
    if (conf.hashLogin()) {
      asked.add(H2OOptions.HASH_LOGIN);
    }
    if (!conf.jks().isEmpty()) {
      asked.add(H2OOptions.JKS);
    }
    return asked;
  }

  /** Fails when {@code conf} asks {@code backend}, which cannot start secured nodes, for them. */
  static void refuse(H2OConf conf, String backend) {
    List<String> asked = asked(conf);
    if (!asked.isEmpty()) {
      throw new IllegalArgumentException(
          String.format("%s ask(s) for H2O nodes with a login or HTTPS, which the %s cannot start. Use the internal "
              + "backend (%s=internal, the default) or the external backend with automatic start (%s=auto), or start "
              + "secured nodes yourself (-hash_login, -jks) and connect to them (%s, %s, %s); see docs/security.md.",
              String.join(", ", asked), backend, H2OOptions.BACKEND_CLUSTER_MODE, H2OOptions.EXTERNAL_START_MODE,
              H2OOptions.CLOUD_REPRESENTATIVE, H2OOptions.USER, H2OOptions.TRUSTSTORE));
    }
  }
}
