package org.sparkling;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/configuration.md is generated from {@link H2OOptions#ALL}; this keeps the committed file in step. */
class ConfigurationDocsTest {

  @Test
  void theCommittedTableMatchesTheOptions() throws IOException {
    Path doc = ConfigurationDocs.file();
    String rendered = ConfigurationDocs.render();
    if (Boolean.getBoolean("sparkling.docs.write")) {
      Files.createDirectories(doc.getParent());
      Files.writeString(doc, rendered, StandardCharsets.UTF_8);
    }

    assertThat(doc).as("%s is missing; generate it: %s", doc, ConfigurationDocs.REGENERATE).isRegularFile();
    assertThat(Files.readString(doc, StandardCharsets.UTF_8))
        .as("%s is out of date with H2OOptions.ALL; regenerate it: %s", doc, ConfigurationDocs.REGENERATE)
        .isEqualTo(rendered);
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
