package org.sparkling.backend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.sparkling.H2OConf;
import org.sparkling.H2OOptions;

/** Asking a backend that cannot start secured nodes for them is an error, not an open cluster. */
class SecuredStartTest {

  @Test
  void namesEveryOptionThatAsksForSecuredNodes() {
    H2OConf conf = new H2OConf().setAutoSecured(true).setHashLogin("").setJks("/keys/node.p12", "pw");

    assertThat(SecuredStart.asked(conf))
        .containsExactly(H2OOptions.AUTO_SECURED, H2OOptions.HASH_LOGIN, H2OOptions.JKS);
    assertThatThrownBy(() -> SecuredStart.refuse(conf, "internal backend"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("internal backend")
        .hasMessageContaining(H2OOptions.AUTO_SECURED)
        .hasMessageContaining(H2OOptions.EXTERNAL_START_MODE + "=auto")
        .hasMessageContaining("docs/security.md")
        .hasMessageNotContaining("pw");
  }

  @Test
  void aLoginToSendIsNotAskingForSecuredNodes() {
    H2OConf conf = new H2OConf().setCredentials("analyst", "pw").setTruststore("/keys/trust.p12", "");

    assertThat(SecuredStart.asked(conf)).isEmpty();
    assertThatCode(() -> SecuredStart.refuse(conf, "external backend with manual start")).doesNotThrowAnyException();
  }
}
