package org.sparkling.security;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Objects;
import org.sparkling.H2OOptions;
import org.sparkling.client.Credentials;

/**
 * What a client on this machine needs to reach a secured cluster that others (another JVM, {@code sparkling cluster
 * --secured}) started, as files: the login for {@link H2OOptions#CREDENTIALS_FILE} ({@code user:password}, its owner's
 * only) and a truststore for {@link H2OOptions#TRUSTSTORE} holding the nodes' certificate and no private key, readable
 * without a password.
 *
 * @param user the user name of the login
 * @param credentials the credentials file
 * @param truststore the truststore, or {@code null} when the nodes serve plain HTTP
 */
public record ClientFiles(String user, Path credentials, Path truststore) {
  public ClientFiles {
    Objects.requireNonNull(credentials, "credentials == null");
  }

  /** Writes the client files of {@code security}, whose nodes must ask for a login, into {@code folder}. */
  public static ClientFiles write(ClusterSecurity security, Path folder) {
    Credentials login = security.access().credentials();
    if (login == null) {
      throw new IllegalArgumentException("The nodes ask for no login: there is no credentials file to write");
    }
    OwnerOnlyFiles.directory(folder);
    Path credentials = OwnerOnlyFiles.write(folder.resolve("credentials"),
        (login.user() + ":" + login.password() + System.lineSeparator()).getBytes(StandardCharsets.UTF_8));
    Path truststore = security.keystore() == null
        ? null
        : OwnerOnlyFiles.write(folder.resolve("truststore.jks"), truststore(security));
    return new ClientFiles(login.user(), credentials, truststore);
  }

  /**
   * A JKS store of the keystore's certificates. A JKS store is read without a password (the password only checks its
   * integrity), unlike the JDK 17's PKCS12, so the truststore needs none; the one it is written with is thrown away.
   */
  private static byte[] truststore(ClusterSecurity security) {
    try (InputStream in = Files.newInputStream(security.keystore())) {
      KeyStore keystore = KeyStore.getInstance("PKCS12");
      keystore.load(in, security.keystorePassword().toCharArray());
      KeyStore trusted = KeyStore.getInstance("JKS");
      trusted.load(null, null);
      for (String alias : Collections.list(keystore.aliases())) {
        trusted.setCertificateEntry(alias, keystore.getCertificate(alias));
      }
      byte[] unused = new byte[16];
      new SecureRandom().nextBytes(unused);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      trusted.store(out, HexFormat.of().formatHex(unused).toCharArray());
      return out.toByteArray();
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException("Cannot write a truststore for " + security.keystore() + ": " + e.getMessage(), e);
    }
  }
}
