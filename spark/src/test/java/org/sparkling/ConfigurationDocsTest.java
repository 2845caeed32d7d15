package org.sparkling;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** docs/configuration.md is generated from {@link H2OOptions#ALL}; this keeps the committed file in step. */
class ConfigurationDocsTest {

  @Test
  void theCommittedTableMatchesTheOptions() {
    GeneratedDocs.requireCurrent(ConfigurationDocs.file(), ConfigurationDocs.render(), ConfigurationDocs.REGENERATE);
  }

  @Test
  void theTableHasOneRowPerOptionInOrder() {
    String[] lines = ConfigurationDocs.render().split("\n");
    int header = java.util.Arrays.asList(lines).indexOf("| key | default | description |");

    assertThat(header).isPositive();
    assertThat(lines[header + 1]).isEqualTo("| --- | --- | --- |");
    assertThat(lines).hasSize(header + 2 + H2OOptions.ALL.size());
    for (int row = 0; row < H2OOptions.ALL.size(); row++) {
      H2OOptions.Option option = H2OOptions.ALL.get(row);
      assertThat(lines[header + 2 + row])
          .startsWith("| `" + option.key() + "` | ")
          .endsWith(" | " + option.description() + " |");
    }
  }

  @Test
  void anEmptyDefaultIsShownAsEmpty() {
    assertThat(ConfigurationDocs.render())
        .contains("| `spark.ext.h2o.cloud.name` | *(empty)* | ")
        .contains("| `spark.ext.h2o.nthreads` | `-1` | ");
  }
}
