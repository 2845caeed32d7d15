package org.sparkling.backend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.sparkling.H2OConf;
import org.sparkling.H2OOptions;
import org.sparkling.client.Credentials;
import org.sparkling.security.ClientAccess;
import org.sparkling.security.ClusterSecurity;

/**
 * Asking a backend that cannot start secured nodes (a cluster others started, H2O's YARN driver) for them is an error,
 * not an open cluster; the internal backend starts them ({@link SecuredEmbeddedBackendTest}), and a later context cannot
 * secure nodes that already run open.
 */
class SecuredStartTest {

  @Test
  void namesEveryOptionThatAsksForSecuredNodes() {
    H2OConf conf = new H2OConf().setAutoSecured(true).setHashLogin("").setJks("/keys/node.p12", "pw");

    assertThat(SecuredStart.asked(conf))
        .containsExactly(H2OOptions.AUTO_SECURED, H2OOptions.HASH_LOGIN, H2OOptions.JKS);
    assertThatThrownBy(() -> SecuredStart.refuse(conf, "external backend on YARN"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("external backend on YARN")
        .hasMessageContaining(H2OOptions.AUTO_SECURED)
        .hasMessageContaining(H2OOptions.BACKEND_CLUSTER_MODE + "=internal")
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

  @Test
  void laterContextsReachRunningNodesAsTheyWereStartedAndCannotSecureOpenOnes() {
    String open = "application open-" + System.nanoTime();
    String secured = "application secured-" + System.nanoTime();
    ClusterSecurity login = ClusterSecurity.of(null, null, null,
        ClientAccess.of(false, Credentials.of("sparkling", "generated"), null));
    assertThat(RunningNodesSecurity.of(open, new H2OConf(), ClusterSecurity::none)).isSameAs(ClusterSecurity.none());
    assertThat(RunningNodesSecurity.of(secured, new H2OConf().setAutoSecured(true), () -> login)).isSameAs(login);

    assertThatThrownBy(() -> RunningNodesSecurity.of(open, new H2OConf().setAutoSecured(true), () -> login))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(H2OOptions.AUTO_SECURED)
        .hasMessageContaining("the H2O nodes of " + open + " already run without them")
        .hasMessageContaining("new application");
    assertThat(RunningNodesSecurity.of(secured, new H2OConf(), ClusterSecurity::none)).as("not asked, still secured")
        .isSameAs(login);
    assertThat(RunningNodesSecurity.started(secured)).contains(login);
  }
}
