package org.sparkling.backend.external;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.sparkling.client.Credentials;
import org.sparkling.client.TrustedCertificates;
import org.sparkling.security.ClientAccess;

/**
 * A secured cluster's secrets, made up for one application: a random user password (in a realm file as its MD5 hash)
 * and a self-signed certificate for {@code 127.0.0.1} that only this application trusts. The JDK's {@code keytool} makes
 * the keystore (the JDK has no public API to sign a certificate); it reads the keystore's password from its environment.
 */
final class GeneratedSecurity {
  static final String USER = "sparkling";
  private static final String PASSWORD_VARIABLE = "SPARKLING_KEYSTORE_PASSWORD";
  private static final SecureRandom RANDOM = new SecureRandom();

  private GeneratedSecurity() {}

  static ClusterSecurity create(Path directory) {
    OwnerOnlyFiles.directory(directory);
    Credentials login = Credentials.of(USER, randomSecret());
    Path realm = RealmFile.write(directory.resolve("realm.properties"), login);
    String keystorePassword = randomSecret();
    Path keystore = selfSignedKeystore(directory.resolve("keystore.p12"), keystorePassword);
    TrustedCertificates trust = TrustedCertificates.fromTrustStore(keystore, keystorePassword.toCharArray());
    return ClusterSecurity.of(realm, keystore, keystorePassword, ClientAccess.of(true, login, trust));
  }

  private static String randomSecret() {
    byte[] bytes = new byte[24];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static Path selfSignedKeystore(Path keystore, String password) {
    Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
    List<String> command = List.of(keytool.toString(), "-genkeypair", "-alias", "h2o", "-keyalg", "RSA", "-keysize", "2048",
        "-validity", "30", "-dname", "CN=127.0.0.1, O=Sparkling Water", "-ext", "SAN=ip:127.0.0.1,dns:localhost",
        "-storetype", "PKCS12", "-keystore", keystore.toString(), "-storepass:env", PASSWORD_VARIABLE);
    try {
      ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
      builder.environment().put(PASSWORD_VARIABLE, password);
      Process process = builder.start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(1, TimeUnit.MINUTES) || process.exitValue() != 0) {
        throw new ClusterStartException("keytool could not make a certificate for the secured H2O cluster: " + output);
      }
      return keystore;
    } catch (IOException e) {
      throw new ClusterStartException("Cannot run " + keytool + " to make a certificate for the secured H2O cluster", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ClusterStartException("Interrupted while making a certificate for the secured H2O cluster", e);
    }
  }
}
