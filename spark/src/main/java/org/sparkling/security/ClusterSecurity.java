package org.sparkling.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.sparkling.H2OConf;
import org.sparkling.H2OOptions;
import org.sparkling.client.Credentials;
import org.sparkling.client.TrustedCertificates;
import org.sparkling.extension.NodeLauncher;

/**
 * How the H2O nodes Sparkling Water starts are secured, and how clients reach them: a realm file for {@code -hash_login},
 * a keystore for HTTPS ({@code -jks}), and the matching {@link ClientAccess}. The keystore's password never goes on a
 * command line: node JVMs get it in their environment ({@link #nodeEnvironment()}), nodes inside Spark JVMs in H2O's
 * settings ({@link #nodeSecrets()}).
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

  /** {@link #of(H2OConf, Path, Collection)} for nodes on this machine's loopback address. */
  public static ClusterSecurity of(H2OConf conf, Path directory) {
    return of(conf, directory, List.of());
  }

  /**
   * What {@code conf} asks of the nodes Sparkling Water starts: {@link H2OOptions#AUTO_SECURED} generates a login and a
   * certificate for 127.0.0.1 and {@code hosts} into {@code directory}; otherwise {@link H2OOptions#HASH_LOGIN} and
   * {@link H2OOptions#JKS} say.
   *
   * @param hosts the addresses (IPs or names) nodes listen at besides 127.0.0.1, which a generated certificate names
   */
  public static ClusterSecurity of(H2OConf conf, Path directory, Collection<String> hosts) {
    if (conf.autoSecured()) {
      return GeneratedSecurity.create(directory, hosts);
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

  /** Whether the nodes ask for a login or serve HTTPS. */
  public boolean secured() {
    return loginConf != null || keystore != null;
  }

  /** In words, for logs and reports: "login and HTTPS", "login, plain HTTP", "HTTPS, no login" or "no login, plain HTTP". */
  public String summary() {
    if (loginConf != null) {
      return keystore != null ? "login and HTTPS" : "login, plain HTTP";
    }
    return keystore != null ? "HTTPS, no login" : "no login, plain HTTP";
  }

  /** H2O's arguments for these settings, naming the files on this machine; the keystore password is not among them. */
  public List<String> nodeArguments() {
    return arguments(loginConf, keystore);
  }

  /** H2O's arguments for a node asking for a login from {@code realm} and serving HTTPS with {@code keystore} (either null). */
  static List<String> arguments(Path realm, Path keystore) {
    List<String> arguments = new ArrayList<>();
    if (realm != null) {
      arguments.addAll(List.of("-hash_login", "-login_conf", realm.toString()));
    }
    if (keystore != null) {
      arguments.addAll(List.of("-jks", keystore.toString()));
    }
    return arguments;
  }

  /** The keystore the nodes serve HTTPS with, {@code null} without HTTPS. */
  Path keystore() {
    return keystore;
  }

  /** The keystore's password, {@code null} without HTTPS. */
  String keystorePassword() {
    return keystorePassword;
  }

  /** Whether the nodes serve HTTPS, whose keystore password H2O's own main could only take on its command line. */
  public boolean https() {
    return keystore != null;
  }

  /** The environment of each node JVM: the keystore's password, for {@link NodeLauncher} to hand to H2O. */
  public Map<String, String> nodeEnvironment() {
    return keystore == null ? Map.of() : Map.of(NodeLauncher.JKS_PASSWORD_ENVIRONMENT, keystorePassword);
  }

  /** The contents of the realm file and the keystore, and the keystore password, for a node in a Spark JVM. */
  public NodeSecrets nodeSecrets() {
    return new NodeSecrets(read(loginConf), read(keystore), keystorePassword);
  }

  private static byte[] read(Path file) {
    try {
      return file == null ? null : Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file + " for the secured H2O nodes: " + e.getMessage(), e);
    }
  }

  @Override
  public String toString() {
    return "ClusterSecurity(login " + (loginConf == null ? "off" : loginConf) + ", https "
        + (keystore == null ? "off" : keystore) + ", clients: " + access + ")";
  }
}
