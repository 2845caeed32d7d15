package org.sparkling.security;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.List;

/**
 * What an H2O node inside a Spark JVM needs to ask for a login and serve HTTPS: the contents of its realm file and
 * keystore, and the keystore's password. It travels to executors inside the task that starts their node (executors on
 * other machines cannot read the driver's files), is written there into the node's folder for its owner only, and the
 * password goes into H2O's settings rather than its arguments. Its {@link #toString()} shows no secret.
 */
public final class NodeSecrets implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final NodeSecrets NONE = new NodeSecrets(null, null, null);
  private final byte[] realm;
  private final byte[] keystore;
  private final String keystorePassword;

  NodeSecrets(byte[] realm, byte[] keystore, String keystorePassword) {
    this.realm = realm;
    this.keystore = keystore;
    this.keystorePassword = keystore == null ? null : keystorePassword;
  }

  /** An open node: no login, plain HTTP. */
  public static NodeSecrets none() {
    return NONE;
  }

  /**
   * Writes the realm file and the keystore into {@code folder}, which only their owner may enter, and returns H2O's
   * arguments naming them.
   */
  public List<String> install(Path folder) {
    if (realm == null && keystore == null) {
      return List.of();
    }
    OwnerOnlyFiles.directory(folder);
    return ClusterSecurity.arguments(
        realm == null ? null : OwnerOnlyFiles.write(folder.resolve("realm.properties"), realm),
        keystore == null ? null : OwnerOnlyFiles.write(folder.resolve("keystore.p12"), keystore));
  }

  /** The keystore's password, for H2O's settings; {@code null} without a keystore. */
  public String keystorePassword() {
    return keystorePassword;
  }

  @Override
  public String toString() {
    return "NodeSecrets(login " + (realm == null ? "off" : "on") + ", https " + (keystore == null ? "off" : "on") + ")";
  }
}
