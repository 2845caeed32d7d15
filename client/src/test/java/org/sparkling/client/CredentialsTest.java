package org.sparkling.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** The login sent to a secured H2O cluster: its header, and that its password never shows. */
class CredentialsTest {

  @Test
  void sendsBasicAuthenticationAndHidesThePassword() throws Exception {
    Credentials login = Credentials.of("analyst", "pä55:word");

    String header = login.basicAuthorization();
    assertThat(header).startsWith("Basic ");
    assertThat(new String(Base64.getDecoder().decode(header.substring(6)), StandardCharsets.UTF_8))
        .isEqualTo("analyst:pä55:word");
    assertThat(login.toString()).contains("analyst").doesNotContain("pä55");

    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(login);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      Credentials copy = (Credentials) in.readObject();
      assertThat(copy.basicAuthorization()).isEqualTo(header);
    }
  }

  @Test
  void refusesLoginsThatBasicAuthenticationCannotCarry() {
    assertThatThrownBy(() -> Credentials.of("team:analyst", "pw")).hasMessageContaining("colon");
    assertThatThrownBy(() -> Credentials.of("", "pw")).hasMessageContaining("non-empty");
    assertThatThrownBy(() -> Credentials.of("analyst", "")).hasMessageContaining("empty")
        .hasMessageContaining("analyst");
  }

  @Test
  void trustingAnyCertificateIsSaidInWords() {
    assertThat(TrustedCertificates.any().verifies()).isFalse();
    assertThat(TrustedCertificates.any().toString()).isEqualTo("any certificate");
    assertThat(TrustedCertificates.jdkDefaults().toString()).isEqualTo("the JDK's authorities");
    assertThat(TrustedCertificates.jdkDefaults().sslContext().getProtocol()).isEqualTo("TLS");
  }
}
