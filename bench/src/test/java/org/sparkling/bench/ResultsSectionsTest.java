package org.sparkling.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultsSectionsTest {
  private static final String CONVERSION =
      "<!-- conversion:start -->\n# Conversion\n\nold figures\n<!-- conversion:end -->\n";

  @Test
  void replacesOnlyItsOwnSection() {
    String document = CONVERSION + "\n<!-- backends:start -->\n# Backends\nold\n<!-- backends:end -->\n\ntrailing note\n";

    String replaced = ResultsSections.replace(document, "backends", "# Backends\n\nnew figures\n\n");

    assertThat(replaced).isEqualTo(
        CONVERSION + "\n<!-- backends:start -->\n# Backends\n\nnew figures\n<!-- backends:end -->\n\ntrailing note\n");
  }

  @Test
  void appendsASectionTheFileDoesNotHaveYet() {
    assertThat(ResultsSections.replace(CONVERSION, "backends", "# Backends\n"))
        .isEqualTo(CONVERSION + "\n<!-- backends:start -->\n# Backends\n<!-- backends:end -->\n");
  }

  @Test
  void writesTheFirstSectionOfAnEmptyDocument() {
    assertThat(ResultsSections.replace("", "conversion", "# Conversion"))
        .isEqualTo("<!-- conversion:start -->\n# Conversion\n<!-- conversion:end -->\n");
  }

  @Test
  void replacingTwiceGivesTheSameFile() {
    String once = ResultsSections.replace(CONVERSION, "backends", "# Backends\n");
    assertThat(ResultsSections.replace(once, "backends", "# Backends\n")).isEqualTo(once);
    assertThat(ResultsSections.replace(once, "conversion", "# Conversion\n\nold figures")).isEqualTo(once);
  }

  @Test
  void refusesBrokenMarkersInsteadOfLosingText() {
    assertThatThrownBy(() -> ResultsSections.replace("<!-- backends:start -->\nhalf", "backends", "x"))
        .hasMessageContaining("no <!-- backends:end -->");
    assertThatThrownBy(() -> ResultsSections.replace("text\n<!-- backends:end -->\n", "backends", "x"))
        .hasMessageContaining("no <!-- backends:start -->");
    assertThatThrownBy(() -> ResultsSections.replace(CONVERSION + CONVERSION, "conversion", "x"))
        .hasMessageContaining("twice");
  }

  @Test
  void writesAFileThatDoesNotExistYetAndKeepsTheOtherSections(@TempDir Path folder) throws Exception {
    Path file = folder.resolve("bench/RESULTS.md");

    ResultsSections.write(file, "conversion", "# Conversion\n\nold figures");
    ResultsSections.write(file, "backends", "# Backends");
    ResultsSections.write(file, "conversion", "# Conversion\n\nnew figures");

    assertThat(Files.readString(file)).isEqualTo(
        "<!-- conversion:start -->\n# Conversion\n\nnew figures\n<!-- conversion:end -->\n\n"
            + "<!-- backends:start -->\n# Backends\n<!-- backends:end -->\n");
  }
}
