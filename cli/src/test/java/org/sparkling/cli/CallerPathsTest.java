package org.sparkling.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CallerPathsTest {
  @AfterEach
  void clearCallerDir() {
    System.clearProperty(CallerPaths.PROPERTY);
  }

  @Test
  void resolvesARelativePathInTheCallersFolder() {
    System.setProperty(CallerPaths.PROPERTY, "/home/ana/project");

    assertThat(new CallerPaths().convert("data/train.csv")).isEqualTo(Path.of("/home/ana/project/data/train.csv"));
    assertThat(new CallerPaths().convert("/tmp/model.zip")).isEqualTo(Path.of("/tmp/model.zip"));
  }

  @Test
  void keepsARelativePathWithoutTheLauncher() {
    assertThat(new CallerPaths().convert("data/train.csv")).isEqualTo(Path.of("data/train.csv"));
  }
}
