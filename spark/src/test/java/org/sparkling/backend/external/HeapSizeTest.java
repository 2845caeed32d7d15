package org.sparkling.backend.external;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HeapSizeTest {
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"2g, 2g", "512M, 512m", " 6G , 6g", "1048576, 1048576", "64k, 64k", "1t, 1t"})
  void takesWhatJavaTakesForXmx(String memory, String checked) {
    assertThat(HeapSize.check(memory)).isEqualTo(checked);
  }

  @ParameterizedTest(name = "''{0}''")
  @ValueSource(strings = {"", "g", "2gb", "2 g", "=2g", "-2g", "0", "1.5g", "abc"})
  void rejectsAnythingElseNamingTheOption(String memory) {
    assertThatThrownBy(() -> HeapSize.check(memory))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'" + memory + "'")
        .hasMessageContaining("spark.ext.h2o.external.memory");
  }
}
