package org.sparkling.backend.external;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.sparkling.H2OConf;
import org.sparkling.H2OOptions;
import org.sparkling.extension.NodeLauncher;

/**
 * What an H2O node JVM runs: a classpath and a main class. Either the H2O runtime that ships with Sparkling Water, found in
 * this JVM ({@link #ofThisJvm()}), or an official {@code h2o.jar} with the Sparkling Water extension beside it
 * ({@link #ofH2OJar(Path)}).
 *
 * @param classpath the jars and folders, in order
 * @param mainClass {@link NodeLauncher} or H2O's own {@value #H2O_APP}
 */
public record NodeRuntime(List<Path> classpath, String mainClass) {
  /** The environment variable naming an official H2O jar, as in the original Sparkling Water. */
  public static final String H2O_DRIVER_JAR = "H2O_DRIVER_JAR";

  /** The main class of an official {@code h2o.jar}. */
  public static final String H2O_APP = "water.H2OApp";

  public NodeRuntime {
    classpath = List.copyOf(classpath);
    Objects.requireNonNull(mainClass, "mainClass == null");
    if (classpath.isEmpty()) {
      throw new IllegalArgumentException("A node runtime needs at least one jar");
    }
  }

  /** The H2O runtime this JVM carries, started by {@link NodeLauncher}; see {@link RuntimeClasspath} for the rule. */
  public static NodeRuntime ofThisJvm() {
    return new NodeRuntime(RuntimeClasspath.ofThisJvm(), NodeLauncher.class.getName());
  }

  /**
   * An official H2O jar (first, so that its classes win) and the Sparkling Water extension, started by {@value #H2O_APP}.
   */
  public static NodeRuntime ofH2OJar(Path h2oJar) {
    if (!Files.isRegularFile(h2oJar)) {
      throw new IllegalArgumentException(
          "The H2O jar " + h2oJar.toAbsolutePath() + " does not exist. Point " + H2OOptions.EXTERNAL_H2O_DRIVER + " (or "
              + H2O_DRIVER_JAR + ") at the h2o.jar of an H2O 3.44.0.1 download, or unset both to use the H2O runtime that "
              + "ships with Sparkling Water.");
    }
    return new NodeRuntime(List.of(h2oJar.toAbsolutePath().normalize(), extensionJar()), H2O_APP);
  }

  /** {@link H2OOptions#EXTERNAL_H2O_DRIVER} if set, else {@value #H2O_DRIVER_JAR} if set, else {@link #ofThisJvm()}. */
  public static NodeRuntime of(H2OConf conf, Map<String, String> environment) {
    String jar = conf.externalH2ODriver();
    if (jar.isEmpty()) {
      jar = environment.getOrDefault(H2O_DRIVER_JAR, "").strip();
    }
    return jar.isEmpty() ? ofThisJvm() : ofH2OJar(Path.of(jar));
  }

  /** The jar (or, in a build, the folder) the Sparkling Water extension is loaded from in this JVM. */
  public static Path extensionJar() {
    String resource = NodeLauncher.class.getName().replace('.', '/') + ".class";
    return RuntimeClasspath.locationOf(resource, NodeLauncher.class.getClassLoader())
        .orElseThrow(
            () -> new IllegalStateException("Cannot tell which jar " + NodeLauncher.class.getName() + " comes from"));
  }

  /** The classpath as {@code java -cp} takes it. */
  public String classpathArgument() {
    return classpath.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
  }
}
