package org.sparkling.backend.external;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sparkling.H2OConf;
import org.sparkling.H2OOptions;
import org.sparkling.client.Credentials;
import org.sparkling.client.TrustedCertificates;
import org.sparkling.extension.NodeLauncher;
import org.sparkling.security.ClientAccess;

/**
 * How the nodes of a local cluster are secured, and how clients reach them: a realm file for {@code -hash_login}, a
 * keystore for HTTPS ({@code -jks}), and the matching {@link ClientAccess}. The keystore's password goes to the nodes in
 * their environment, which only their user can read, never on a command line, which every user of the machine can.
 */
public final class ClusterSecurity {
  private static final ClusterSecurity NONE = new ClusterSecurity(null, null, null, ClientAccess.open());
  private final Path loginConf;
  private final Path keystore;
  private final String keystorePassword;
  private final ClientAccess access;

  private ClusterSecurity(Path loginConf, Path keystore, String keystorePassword, ClientAccess access) {
    this.loginConf = loginConf;
    this.keystore = keystore;
    this.keystorePassword = keystorePassword;
    this.access = access;
  }

  /** Plain HTTP, no login: H2O's default. */
  public static ClusterSecurity none() {
    return NONE;
  }

  /**
   * Nodes that ask for a login from {@code loginConf} (when not {@code null}) and serve HTTPS with {@code keystore} (when
   * not {@code null}); clients reach them as {@code access} says.
   */
  public static ClusterSecurity of(Path loginConf, Path keystore, String keystorePassword, ClientAccess access) {
    if (keystore != null && (keystorePassword == null || keystorePassword.isEmpty())) {
      throw new IllegalArgumentException("The keystore " + keystore + " needs its password: set " + H2OOptions.JKS_PASSWORD);
    }
    if (keystore != null && !access.https()) {
      throw new IllegalArgumentException("Nodes that serve HTTPS (" + keystore + ") need clients that speak it");
    }
    return new ClusterSecurity(loginConf, keystore, keystorePassword, access);
  }

  /**
   * What {@code conf} asks of the nodes the automatic backend starts: {@link H2OOptions#AUTO_SECURED} generates a login
   * and a certificate into {@code directory}; otherwise {@link H2OOptions#HASH_LOGIN} and {@link H2OOptions#JKS} say.
   */
  public static ClusterSecurity of(H2OConf conf, Path directory) {
    if (conf.autoSecured()) {
      return GeneratedSecurity.create(directory);
    }
    Path keystore = conf.jks().isEmpty() ? null : Path.of(conf.jks());
    ClientAccess access = keystore == null
        ? ClientAccess.of(conf)
        : ClientAccess.ofNodesServing(
            TrustedCertificates.fromTrustStore(keystore, conf.jksPassword().toCharArray()), conf);
    if (!conf.hashLogin()) {
      return of(null, keystore, conf.jksPassword(), access);
    }
    Credentials login = access.credentials();
    if (login == null) {
      throw new IllegalArgumentException(
          H2OOptions.HASH_LOGIN + "=true needs the login this application sends (" + H2OOptions.USER + " and "
              + H2OOptions.PASSWORD + ", or " + H2OOptions.CREDENTIALS_FILE + "), and a realm file holding it ("
              + H2OOptions.LOGIN_CONF + ", else one is made from that login)");
    }
    Path realm = conf.loginConf().isEmpty()
        ? RealmFile.write(directory.resolve("realm.properties"), login)
        : Path.of(conf.loginConf());
    return of(realm, keystore, conf.jksPassword(), access);
  }

  /** How clients reach these nodes. */
  public ClientAccess access() {
    return access;
  }

  /** H2O's arguments for these settings. */
  List<String> nodeArguments(String mainClass) {
    List<String> arguments = new ArrayList<>();
    if (loginConf != null) {
      arguments.addAll(List.of("-hash_login", "-login_conf", loginConf.toString()));
    }
    if (keystore != null) {
      if (!mainClass.equals(NodeLauncher.class.getName())) {
        // H2O's own main takes the password as an argument only, which every local user can read and which it logs.
        throw new IllegalArgumentException(
            "HTTPS nodes started with H2O's own main (" + mainClass + ", from " + H2OOptions.EXTERNAL_H2O_DRIVER
                + " or H2O_DRIVER_JAR) would show the keystore password on their command line and in their log: "
                + "leave both unset so that the nodes run Sparkling Water's runtime.");
      }
      arguments.addAll(List.of("-jks", keystore.toString()));
    }
    return arguments;
  }

  /** The environment of each node: the keystore's password, for {@link NodeLauncher} to hand to H2O. */
  Map<String, String> nodeEnvironment() {
    return keystore == null ? Map.of() : Map.of(NodeLauncher.JKS_PASSWORD_ENVIRONMENT, keystorePassword);
  }

  @Override
  public String toString() {
    return "ClusterSecurity(login " + (loginConf == null ? "off" : loginConf) + ", https "
        + (keystore == null ? "off" : keystore) + ", clients: " + access + ")";
  }
}
