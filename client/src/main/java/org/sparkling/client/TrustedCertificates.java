package org.sparkling.client;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * Which certificates an H2O node's HTTPS may present: those of a truststore, given ones (a cluster's self-signed
 * certificate), the JDK's default authorities, or, when the user turns verification off, any. It holds public
 * certificates only, never a password, so Spark tasks can carry it to executors that have no copy of the truststore.
 */
public final class TrustedCertificates implements Serializable {
  private static final long serialVersionUID = 1L;
  /** DER encodings; empty with {@link #verify} means the JDK's default authorities. */
  private final List<byte[]> certificates;
  private final boolean verify;

  private TrustedCertificates(List<byte[]> certificates, boolean verify) {
    this.certificates = certificates;
    this.verify = verify;
  }

  /** The certificate authorities the JDK trusts by default. */
  public static TrustedCertificates jdkDefaults() {
    return new TrustedCertificates(List.of(), true);
  }

  /** Any certificate, from any host: for test clusters whose user turned verification off on purpose. */
  public static TrustedCertificates any() {
    return new TrustedCertificates(List.of(), false);
  }

  /** Exactly these certificates (and certificates they signed). */
  public static TrustedCertificates of(List<X509Certificate> trusted) {
    List<byte[]> encoded = new ArrayList<>();
    try {
      for (X509Certificate certificate : trusted) {
        encoded.add(certificate.getEncoded());
      }
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("Cannot encode a trusted certificate: " + e.getMessage(), e);
    }
    return new TrustedCertificates(List.copyOf(encoded), true);
  }

  /**
   * The certificates of a truststore file (JKS or PKCS12; the JDK tells them apart), read now: the password is used here
   * and not kept.
   *
   * @param password the store's password; {@code null} when it has none
   */
  public static TrustedCertificates fromTrustStore(Path trustStore, char[] password) {
    Objects.requireNonNull(trustStore, "trustStore == null");
    try (InputStream in = Files.newInputStream(trustStore)) {
      KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
      store.load(in, password);
      List<X509Certificate> trusted = new ArrayList<>();
      for (String alias : Collections.list(store.aliases())) {
        Certificate certificate = store.getCertificate(alias);
        if (certificate instanceof X509Certificate x509) {
          trusted.add(x509);
        }
      }
      if (trusted.isEmpty()) {
        throw new IllegalArgumentException("The truststore " + trustStore + " holds no X.509 certificate to trust");
      }
      return of(trusted);
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalArgumentException(
          "Cannot read the truststore " + trustStore + " (wrong path, format or password?): " + e.getMessage(), e);
    }
  }

  /** Whether certificates and host names are checked at all. */
  public boolean verifies() {
    return verify;
  }

  /** The TLS context of a client that trusts these certificates (for clients other than {@link H2OClient}, too). */
  public SSLContext sslContext() {
    try {
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, trustManagers(), new SecureRandom());
      return context;
    } catch (GeneralSecurityException | IOException e) {
      throw new IllegalStateException("Cannot set up TLS for H2O's REST API: " + e.getMessage(), e);
    }
  }

  private TrustManager[] trustManagers() throws GeneralSecurityException, IOException {
    if (!verify) {
      return new TrustManager[] {new AnyCertificate()};
    }
    TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    if (certificates.isEmpty()) {
      factory.init((KeyStore) null);
      return factory.getTrustManagers();
    }
    KeyStore store = KeyStore.getInstance("PKCS12");
    store.load(null, null);
    CertificateFactory x509 = CertificateFactory.getInstance("X.509");
    for (int i = 0; i < certificates.size(); i++) {
      store.setCertificateEntry("trusted-" + i, x509.generateCertificate(new ByteArrayInputStream(certificates.get(i))));
    }
    factory.init(store);
    return factory.getTrustManagers();
  }

  @Override
  public String toString() {
    return !verify ? "any certificate" : certificates.isEmpty() ? "the JDK's authorities" : certificates.size() + " certificate(s)";
  }

  /**
   * Accepts every certificate. An extended trust manager, because the JDK wraps a plain one in a check of the host name,
   * which a user who turned verification off does not want either.
   */
  private static final class AnyCertificate extends X509ExtendedTrustManager {
    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) {}

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) {}

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {}

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {}

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) {}

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) {}

    @Override
    public X509Certificate[] getAcceptedIssuers() {
      return new X509Certificate[0];
    }
  }
}
