package org.sparkling.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.sparkling.client.Credentials;
import org.sparkling.client.TrustedCertificates;

/**
 * A secured cluster's secrets, made up for one application: a random user password (in a realm file as its MD5 hash)
 * and a self-signed certificate for {@code 127.0.0.1} and the nodes' hosts that only this application trusts. The JDK's
 * {@code keytool} makes the keystore (the JDK has no public API to sign a certificate); it reads the keystore's password
 * from its environment.
 */
final class GeneratedSecurity {
  /** The user name of generated logins. */
  static final String USER = "sparkling";
  private static final String PASSWORD_VARIABLE = "SPARKLING_KEYSTORE_PASSWORD";
  private static final SecureRandom RANDOM = new SecureRandom();

  private GeneratedSecurity() {}

  /** Generates the secrets into {@code directory}, a certificate valid for 127.0.0.1, localhost and {@code hosts}. */
  static ClusterSecurity create(Path directory, Collection<String> hosts) {
    OwnerOnlyFiles.directory(directory);
    Credentials login = Credentials.of(USER, randomSecret());
    Path realm = RealmFile.write(directory.resolve("realm.properties"), login);
    String keystorePassword = randomSecret();
    Path keystore = selfSignedKeystore(directory.resolve("keystore.p12"), keystorePassword, hosts);
    TrustedCertificates trust = TrustedCertificates.fromTrustStore(keystore, keystorePassword.toCharArray());
    return ClusterSecurity.of(realm, keystore, keystorePassword, ClientAccess.of(true, login, trust));
  }

  private static String randomSecret() {
    byte[] bytes = new byte[24];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** keytool's subject alternative names: every address a client may reach a node at, IPs as IPs, names as names. */
  static String subjectAlternativeNames(Collection<String> hosts) {
    Set<String> names = new LinkedHashSet<>(List.of("ip:127.0.0.1", "dns:localhost"));
    for (String host : hosts) {
      boolean literal = host.contains(":") || host.chars().allMatch(c -> c == '.' || Character.isDigit(c));
      names.add((literal ? "ip:" : "dns:") + host);
    }
    return "SAN=" + String.join(",", names);
  }

  private static Path selfSignedKeystore(Path keystore, String password, Collection<String> hosts) {
    Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
    List<String> command = List.of(keytool.toString(), "-genkeypair", "-alias", "h2o", "-keyalg", "RSA", "-keysize", "2048",
        "-validity", "30", "-dname", "CN=127.0.0.1, O=Sparkling Water",
        "-ext", subjectAlternativeNames(hosts), "-storetype", "PKCS12", "-keystore", keystore.toString(),
        "-storepass:env", PASSWORD_VARIABLE);
    try {
      ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
      builder.environment().put(PASSWORD_VARIABLE, password);
      Process process = builder.start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(1, TimeUnit.MINUTES) || process.exitValue() != 0) {
        throw new IllegalStateException("keytool could not make a certificate for the secured H2O nodes: " + output);
      }
      return keystore;
    } catch (IOException e) {
      throw new IllegalStateException("Cannot run " + keytool + " to make a certificate for the secured H2O nodes", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while making a certificate for the secured H2O nodes", e);
    }
  }
}
