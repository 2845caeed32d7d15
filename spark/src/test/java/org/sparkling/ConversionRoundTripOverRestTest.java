package org.sparkling;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Every round trip of {@link ConversionRoundTripTest}, with chunks sent over REST as a binary stream instead of in process. */
class ConversionRoundTripOverRestTest extends ConversionRoundTripTest implements LocalSpark.OverRest {
  @Test
  void sendsChunksOverRest() {
    assertThat(hc.conf().transferMode()).isEqualTo("rest");
  }
}
