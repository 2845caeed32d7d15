package org.sparkling.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;

class NodeAddressTest {
  private static final URI DRIVER_NODE = URI.create("http://10.0.0.5:54321");

  @Test
  void anotherNodeIsReachedWithTheSchemeOfTheKnownOne() {
    assertThat(NodeAddress.restApi(DRIVER_NODE, "10.0.0.6:54331")).isEqualTo(URI.create("http://10.0.0.6:54331"));
    assertThat(NodeAddress.restApi(URI.create("https://h2o.example:443"), "10.0.0.6:54321"))
        .isEqualTo(URI.create("https://10.0.0.6:54321"));
  }

  @Test
  void ipv6AddressesAndInetAddressSlashesAreUnderstood() {
    assertThat(NodeAddress.restApi(DRIVER_NODE, "0:0:0:0:0:0:0:1:54321").getHost()).isEqualTo("[0:0:0:0:0:0:0:1]");
    assertThat(NodeAddress.restApi(DRIVER_NODE, "/10.0.0.6:54321")).isEqualTo(URI.create("http://10.0.0.6:54321"));
  }

  @Test
  void anAddressWithoutAPortIsRejectedShowingTheExpectedForm() {
    assertThatThrownBy(() -> NodeAddress.restApi(DRIVER_NODE, "10.0.0.6"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid H2O node address '10.0.0.6': expected ip:port, e.g. 10.0.0.5:54321");
  }
}
