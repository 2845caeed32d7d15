package org.sparkling.backend.external;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sparkling.H2OConf;

/** Where node JVMs get H2O from: this JVM's classpath, or an official jar named by the option or the environment. */
class NodeRuntimeTest {
  @TempDir Path folder;

  @Test
  void thisJvmsRuntimeNamesTheJarsOfH2OItsRestServerAndTheExtensionFirstThenTheWholeClassPath() {
    NodeRuntime runtime = NodeRuntime.ofThisJvm();

    List<Path> classpath = runtime.classpath();
    assertThat(runtime.mainClass()).isEqualTo("org.sparkling.extension.NodeLauncher");
    assertThat(classpath.get(0).getFileName()).hasToString("h2o-core-3.44.0.1.jar");
    assertThat(classpath.get(1).getFileName()).hasToString("h2o-jetty-9-3.44.0.1.jar");
    assertThat(classpath.get(2)).isEqualTo(NodeRuntime.extensionJar());
    assertThat(classpath).doesNotHaveDuplicates().allSatisfy(entry -> assertThat(entry).isAbsolute());
    assertThat(classpath.stream().map(Path::getFileName).map(Path::toString))
        .contains("h2o-algos-3.44.0.1.jar", "h2o-web-3.44.0.1.jar", "javax.servlet-api-4.0.1.jar", "log4j-core-2.24.3.jar");
    assertThat(classpath)
        .containsAll(Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
            .map(entry -> Path.of(entry).toAbsolutePath().normalize())
            .toList());
  }

  @Test
  void aClassFolderIsFoundAsWellAsAJar() {
    Path testClasses = RuntimeClasspath.locationOf(
        NodeRuntimeTest.class.getName().replace('.', '/') + ".class", NodeRuntimeTest.class.getClassLoader()).orElseThrow();

    assertThat(testClasses).isDirectory().endsWith(Path.of("target", "test-classes"));
  }

  @Test
  void aClassLoaderWithoutH2OIsToldHowToGetIt() throws IOException {
    try (URLClassLoader empty = new URLClassLoader(new URL[0], ClassLoader.getPlatformClassLoader())) {
      assertThatThrownBy(() -> RuntimeClasspath.of(empty, ""))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("H2O itself (ai.h2o:h2o-core)")
          .hasMessageContaining("--jars")
          .hasMessageContaining("spark.ext.h2o.external.h2o.driver");
    }
  }

  @Test
  void theOptionWinsOverTheEnvironmentWhichWinsOverThisJvm() throws IOException {
    Path fromOption = Files.createFile(folder.resolve("option-h2o.jar"));
    Path fromEnvironment = Files.createFile(folder.resolve("environment-h2o.jar"));
    Map<String, String> environment = Map.of("H2O_DRIVER_JAR", fromEnvironment.toString());

    assertThat(NodeRuntime.of(new H2OConf().setExternalH2ODriver(fromOption.toString()), environment).classpath())
        .startsWith(fromOption);
    assertThat(NodeRuntime.of(new H2OConf(), environment).classpath()).startsWith(fromEnvironment);
    assertThat(NodeRuntime.of(new H2OConf(), environment).mainClass()).isEqualTo("water.H2OApp");
    assertThat(NodeRuntime.of(new H2OConf(), Map.of())).isEqualTo(NodeRuntime.ofThisJvm());
  }

  @Test
  void aMissingH2OJarNamesWhereItWasSetAndTheWayOut() {
    Path missing = folder.resolve("no-such-h2o.jar");

    assertThatThrownBy(() -> NodeRuntime.of(new H2OConf(), Map.of("H2O_DRIVER_JAR", missing.toString())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(missing.toString())
        .hasMessageContaining("spark.ext.h2o.external.h2o.driver")
        .hasMessageContaining("H2O_DRIVER_JAR")
        .hasMessageContaining("unset both");
  }
}
