package org.sparkling.backend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ClusterAddressTest {
  private static final String OPTION = "spark.ext.h2o.cloud.representative";

  @Test
  void parsesHostAndPort() {
    ClusterAddress address = ClusterAddress.parse(" h2o-1.example.com:54321 ", OPTION);

    assertThat(address.host()).isEqualTo("h2o-1.example.com");
    assertThat(address.port()).isEqualTo(54321);
    assertThat(address.restApi()).isEqualTo(URI.create("http://h2o-1.example.com:54321"));
    assertThat(address).hasToString("h2o-1.example.com:54321");
  }

  @Test
  void parsesBracketedIpv6() {
    ClusterAddress address = ClusterAddress.parse("[::1]:54321", OPTION);

    assertThat(address.restApi()).isEqualTo(URI.create("http://[::1]:54321"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "h2o-1", "h2o-1:", ":54321", "h2o-1:port", "h2o-1:54321/flow", "http://h2o-1:54321"})
  void rejectsWhatIsNotHostColonPortNamingTheOption(String text) {
    assertThatThrownBy(() -> ClusterAddress.parse(text, OPTION))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Invalid spark.ext.h2o.cloud.representative '" + text.strip() + "'")
        .hasMessageContaining("e.g. 10.0.0.5:54321");
  }
}
