package org.sparkling.security;

import java.io.Serializable;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.sparkling.H2OConf;
import org.sparkling.H2OOptions;
import org.sparkling.client.Credentials;
import org.sparkling.client.H2OClient;
import org.sparkling.client.TrustedCertificates;

/**
 * How the driver and the executors reach a cluster's REST API: plain HTTP or HTTPS, which certificates to trust, and
 * the login to send. Serializable so tasks carry it; its {@link #toString()} shows no password, and the truststore's
 * password is not in it at all (the certificates are read on the driver).
 */
public final class ClientAccess implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final ClientAccess OPEN = new ClientAccess(false, null, null);
  private final boolean https;
  private final Credentials credentials;
  private final TrustedCertificates trust;

  private ClientAccess(boolean https, Credentials credentials, TrustedCertificates trust) {
    this.https = https;
    this.credentials = credentials;
    this.trust = trust;
  }

  /** Plain HTTP, no login: H2O's default. */
  public static ClientAccess open() {
    return OPEN;
  }

  /** HTTPS or not, with these credentials (or none) and trusting these certificates (the JDK's authorities when null). */
  public static ClientAccess of(boolean https, Credentials credentials, TrustedCertificates trust) {
    return new ClientAccess(https, credentials, https ? trust : null);
  }

  /** What {@code conf} asks for: {@link H2OOptions#HTTPS}, the login options, the truststore options. */
  public static ClientAccess of(H2OConf conf) {
    return of(conf.https(), credentials(conf), trust(conf));
  }

  /**
   * HTTPS to nodes that serve {@code nodeCertificates}, logging in as {@code conf} says: their certificates are trusted
   * unless {@code conf} names a truststore or turns verification off.
   */
  public static ClientAccess ofNodesServing(TrustedCertificates nodeCertificates, H2OConf conf) {
    boolean ownTrust = !conf.truststore().isEmpty() || !conf.verifySslCertificates();
    return of(true, credentials(conf), ownTrust ? trust(conf) : nodeCertificates);
  }

  private static Credentials credentials(H2OConf conf) {
    if (!conf.credentialsFile().isEmpty()) {
      return Credentials.fromFile(Path.of(conf.credentialsFile()));
    }
    if (conf.user().isEmpty() && conf.password().isEmpty()) {
      return null;
    }
    if (conf.user().isEmpty() || conf.password().isEmpty()) {
      throw new IllegalArgumentException(
          "A login to H2O needs both " + H2OOptions.USER + " and " + H2OOptions.PASSWORD + " (or "
              + H2OOptions.CREDENTIALS_FILE + "); only " + (conf.user().isEmpty() ? H2OOptions.PASSWORD : H2OOptions.USER)
              + " is set.");
    }
    return Credentials.of(conf.user(), conf.password());
  }

  private static TrustedCertificates trust(H2OConf conf) {
    if (!conf.verifySslCertificates()) {
      return TrustedCertificates.any();
    }
    if (conf.truststore().isEmpty()) {
      return TrustedCertificates.jdkDefaults();
    }
    char[] password = conf.truststorePassword().isEmpty() ? null : conf.truststorePassword().toCharArray();
    return TrustedCertificates.fromTrustStore(Path.of(conf.truststore()), password);
  }

  /** Whether the REST API is reached over HTTPS. */
  public boolean https() {
    return https;
  }

  /** The login sent, or {@code null} for none. */
  public Credentials credentials() {
    return credentials;
  }

  /** The REST API at {@code host:port}, with this access's scheme. */
  public URI restApi(String host, int port) {
    String bracketed = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    return URI.create((https ? "https" : "http") + "://" + bracketed + ":" + port);
  }

  /** A client builder for the node at {@code node}, logging in and trusting as this access says. */
  public H2OClient.Builder client(URI node) {
    return H2OClient.newBuilder(node).credentials(credentials).trust(trust);
  }

  /**
   * A text that tells accesses apart, for caching clients: it holds a SHA-256 digest of the login, never the password
   * itself.
   */
  public String identity() {
    String login = credentials == null ? "" : credentials.user() + ":" + credentials.password();
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(login.getBytes(StandardCharsets.UTF_8));
      return this + " " + HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("This JVM has no SHA-256", e);
    }
  }

  @Override
  public String toString() {
    return (https ? "https, trusting " + trust : "http") + (credentials == null ? ", no login" : ", login " + credentials);
  }
}
