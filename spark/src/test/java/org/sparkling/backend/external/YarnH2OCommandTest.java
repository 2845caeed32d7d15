package org.sparkling.backend.external;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sparkling.H2OConf;

/** The hadoop command line only: no YARN here. */
class YarnH2OCommandTest {
  @TempDir Path folder;

  @Test
  void buildsTheDriversCommandWithTheExtensionShippedAsALibraryJar() throws IOException {
    Path driver = Files.createFile(folder.resolve("h2odriver-3.44.0.1-cdh6.3.jar"));
    H2OConf conf = new H2OConf().setExternalClusterSize(3).setExternalMemory("6G").setExternalH2ODriver(driver.toString());

    YarnH2OCommand command =
        YarnH2OCommand.of(conf, Map.of(), "sparkling-app-1", "hdfs:///user/me/h2o-app-1", folder.resolve("notify"));

    assertThat(command.arguments())
        .containsExactly(
            "hadoop", "jar", driver.toString(),
            "-libjars", NodeRuntime.extensionJar().toString(),
            "-nodes", "3",
            "-mapperXmx", "6g",
            "-output", "hdfs:///user/me/h2o-app-1",
            "-jobname", "sparkling-app-1",
            "-notify", folder.resolve("notify").toString(),
            "-disown");
  }

  @Test
  void theDriverJarMayComeFromTheEnvironment() throws IOException {
    Path driver = Files.createFile(folder.resolve("h2odriver.jar"));

    YarnH2OCommand command =
        YarnH2OCommand.of(new H2OConf(), Map.of("H2O_DRIVER_JAR", driver.toString()), "job", "out", folder.resolve("n"));

    assertThat(command.h2oDriverJar()).isEqualTo(driver);
    assertThat(command.nodes()).isEqualTo(1);
    assertThat(command.memory()).isEqualTo("2g");
  }

  @Test
  void withoutADriverJarItSaysWhereToGetOne() {
    assertThatThrownBy(() -> YarnH2OCommand.of(new H2OConf(), Map.of(), "job", "out", folder.resolve("n")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("spark.ext.h2o.external.h2o.driver")
        .hasMessageContaining("H2O_DRIVER_JAR")
        .hasMessageContaining("h2odriver jar for your Hadoop distribution");
    H2OConf missing = new H2OConf().setExternalH2ODriver("/nowhere/h2odriver.jar");
    assertThatThrownBy(() -> YarnH2OCommand.of(missing, Map.of(), "job", "out", folder.resolve("n")))
        .hasMessageContaining("/nowhere/h2odriver.jar does not exist");
  }

  @Test
  void anInvalidMemoryIsRejectedHereNotInAYarnContainer() {
    Path jar = folder.resolve("h2odriver.jar");
    assertThatThrownBy(() -> new YarnH2OCommand(jar, jar, 2, "6 GB", "out", "job", jar))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'6 GB'")
        .hasMessageContaining("spark.ext.h2o.external.memory");
  }
}
