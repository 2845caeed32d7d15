package org.sparkling;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Every nested conversion of {@link NestedConversionTest}, with chunks sent over REST as a binary stream. */
class NestedConversionOverRestTest extends NestedConversionTest implements LocalSpark.OverRest {
  @Test
  void sendsChunksOverRest() {
    assertThat(hc.conf().transferMode()).isEqualTo("rest");
  }
}
