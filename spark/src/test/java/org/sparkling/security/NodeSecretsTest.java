package org.sparkling.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sparkling.H2OConf;
import org.sparkling.client.TrustedCertificates;

/**
 * The secrets of nodes in Spark JVMs as they travel in a task and land in an executor's node folder, and the certificate
 * generated for nodes on several hosts.
 */
class NodeSecretsTest {
  @TempDir Path folder;

  @Test
  void generatedSecretsTravelSerializedAndLandOwnerOnlyWithoutThePasswordInH2OsArguments() throws Exception {
    ClusterSecurity security =
        ClusterSecurity.of(new H2OConf().setAutoSecured(true), folder.resolve("driver"), List.of("10.1.2.3", "worker-2"));
    NodeSecrets shipped = roundTrip(security.nodeSecrets());

    List<String> arguments = shipped.install(folder.resolve("executor").resolve("security"));

    Path installed = folder.resolve("executor").resolve("security");
    assertThat(arguments).containsExactly("-hash_login", "-login_conf", installed.resolve("realm.properties").toString(),
        "-jks", installed.resolve("keystore.p12").toString());
    assertThat(Files.getPosixFilePermissions(installed)).isEqualTo(PosixFilePermissions.fromString("rwx------"));
    assertThat(Files.getPosixFilePermissions(installed.resolve("keystore.p12")))
        .isEqualTo(PosixFilePermissions.fromString("rw-------"));
    assertThat(installed.resolve("realm.properties")).hasSameBinaryContentAs(folder.resolve("driver/realm.properties"));
    String keystorePassword = shipped.keystorePassword();
    assertThat(String.join(" ", arguments)).doesNotContain(keystorePassword);
    assertThat(shipped.toString()).isEqualTo("NodeSecrets(login on, https on)")
        .doesNotContain(keystorePassword).doesNotContain(security.access().credentials().password());
    assertThat(security.summary()).isEqualTo("login and HTTPS");

    // The certificate names every host a node listens at: the driver's client checks it against the executor's IP.
    X509Certificate certificate =
        (X509Certificate) loaded(installed.resolve("keystore.p12"), keystorePassword).getCertificate("h2o");
    assertThat(certificate.getSubjectAlternativeNames()).extracting(name -> name.get(1).toString())
        .containsExactlyInAnyOrder("127.0.0.1", "localhost", "10.1.2.3", "worker-2");
    assertThat(TrustedCertificates.fromTrustStore(installed.resolve("keystore.p12"), keystorePassword.toCharArray())
        .verifies()).isTrue();
  }

  @Test
  void theUsersOwnRealmFileAndKeystoreTravelAsTheyAre() throws Exception {
    Path realm = Files.writeString(folder.resolve("team-realm.properties"), "analyst: MD5:0123456789abcdef\n");
    Path keystore = TestKeystores.selfSigned(folder.resolve("team.p12"), "team-keystore-pw");
    H2OConf conf = new H2OConf().setHashLogin(realm.toString()).setCredentials("analyst", "team-pw")
        .setJks(keystore.toString(), "team-keystore-pw");
    ClusterSecurity security = ClusterSecurity.of(conf, folder.resolve("driver"), List.of("10.1.2.3"));
    assertThat(security.nodeArguments())
        .containsExactly("-hash_login", "-login_conf", realm.toString(), "-jks", keystore.toString());

    NodeSecrets shipped = roundTrip(security.nodeSecrets());
    List<String> arguments = shipped.install(folder.resolve("executor"));

    assertThat(folder.resolve("executor/realm.properties")).hasSameBinaryContentAs(realm);
    assertThat(folder.resolve("executor/keystore.p12")).hasSameBinaryContentAs(keystore);
    assertThat(arguments).contains("-hash_login", "-jks").doesNotContain("team-keystore-pw");
    assertThat(shipped.keystorePassword()).isEqualTo("team-keystore-pw");
    assertThat(security.access().https()).isTrue();
    assertThat(security.access().credentials().user()).isEqualTo("analyst");
  }

  @Test
  void openNodesGetNothingToInstall() {
    assertThat(ClusterSecurity.none().nodeSecrets().install(folder.resolve("security"))).isEmpty();
    assertThat(folder.resolve("security")).doesNotExist();
    assertThat(ClusterSecurity.none().summary()).isEqualTo("no login, plain HTTP");
  }

  @Test
  void hostsAreNamedAsAddressesOrNames() {
    assertThat(GeneratedSecurity.subjectAlternativeNames(List.of("192.168.0.7", "node-1.example.org", "fe80::1", "127.0.0.1")))
        .isEqualTo("SAN=ip:127.0.0.1,dns:localhost,ip:192.168.0.7,dns:node-1.example.org,ip:fe80::1");
  }

  private static KeyStore loaded(Path keystore, String password) throws Exception {
    KeyStore store = KeyStore.getInstance("PKCS12");
    try (var in = Files.newInputStream(keystore)) {
      store.load(in, password.toCharArray());
    }
    return store;
  }

  private static NodeSecrets roundTrip(NodeSecrets secrets) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(secrets);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return (NodeSecrets) in.readObject();
    }
  }
}
