package org.sparkling.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sparkling.H2OConf;
import org.sparkling.H2OOptions;

/** Which options are secrets, that Spark's own redaction hides each of them, and that nothing we print shows them. */
class SecretOptionsTest {
  private static final List<String> SECRET_KEYS =
      List.of(H2OOptions.PASSWORD, H2OOptions.TRUSTSTORE_PASSWORD, H2OOptions.JKS_PASSWORD);

  @Test
  void sparksDefaultRedactionRegexHidesEverySecretKeyAndNoOtherOfOurKeys() {
    String sparkDefault =
        org.apache.spark.internal.config.package$.MODULE$.SECRET_REDACTION_PATTERN().defaultValueString();
    Pattern spark = Pattern.compile(sparkDefault);

    assertThat(sparkDefault).isEqualTo(SecretOptions.SECRET_KEY.pattern());
    for (H2OOptions.Option option : H2OOptions.ALL) {
      boolean secret = SECRET_KEYS.contains(option.key());
      assertThat(spark.matcher(option.key()).find()).as(option.key()).isEqualTo(secret);
      assertThat(SecretOptions.isSecret(option.key())).as(option.key()).isEqualTo(secret);
    }
    // The original name of the keystore password would not be hidden: that is why it is not taken.
    assertThat(spark.matcher("spark.ext.h2o.jks.pass").find()).isFalse();
  }

  @Test
  void theConfAndTheAccessShowNoSecret() {
    H2OConf conf = new H2OConf().setCredentials("analyst", "s3cret-pw").setJks("/keys/node.p12", "k3y-pw")
        .setTruststore("/keys/trust.p12", "tru5t-pw");

    assertThat(conf.toString()).contains("analyst", "/keys/node.p12", SecretOptions.REDACTED)
        .doesNotContain("s3cret-pw", "k3y-pw", "tru5t-pw");
    ClientAccess access = ClientAccess.of(false, org.sparkling.client.Credentials.of("analyst", "s3cret-pw"), null);
    assertThat(access.toString()).contains("analyst").doesNotContain("s3cret-pw");
    assertThat(access.identity()).doesNotContain("s3cret-pw")
        .isNotEqualTo(ClientAccess.of(false, org.sparkling.client.Credentials.of("analyst", "other"), null).identity());
  }

  @Test
  void aLoginNeedsBothHalvesAndACredentialsFileGivesBoth(@TempDir Path dir) throws Exception {
    assertThatThrownBy(() -> ClientAccess.of(new H2OConf().set(H2OOptions.USER, "analyst")))
        .hasMessageContaining(H2OOptions.PASSWORD).hasMessageContaining(H2OOptions.CREDENTIALS_FILE);
    Path file = Files.writeString(dir.resolve("h2o.credentials"), "# the team's login\n\nanalyst : s3cret:pw\n");

    ClientAccess access = ClientAccess.of(new H2OConf().setCredentialsFile(file.toString()));

    assertThat(access.credentials().user()).isEqualTo("analyst");
    assertThat(access.credentials().password()).isEqualTo("s3cret:pw");
    assertThat(access.https()).isFalse();
    assertThat(access.restApi("127.0.0.1", 54321).toString()).isEqualTo("http://127.0.0.1:54321");
    Files.writeString(file, "only-a-password\n");
    assertThatThrownBy(() -> ClientAccess.of(new H2OConf().setCredentialsFile(file.toString())))
        .hasMessageContaining(file.toString()).hasMessageContaining("user:password")
        .hasMessageNotContaining("only-a-password");
  }

  @Test
  void aTruststoreMeansHttps() {
    assertThat(new H2OConf().setTruststore("/keys/trust.p12", "").https()).isTrue();
    assertThat(new H2OConf().https()).isFalse();
    assertThat(ClientAccess.of(true, null, null).restApi("::1", 443).toString()).isEqualTo("https://[::1]:443");
  }
}
