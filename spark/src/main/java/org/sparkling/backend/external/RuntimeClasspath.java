package org.sparkling.backend.external;

import java.io.File;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The H2O runtime of this JVM as a classpath for node JVMs. The rule: the jars (or folders) that hold the classes and
 * resources below, as this JVM's class loader finds them, then every entry of {@code java.class.path}.
 *
 * <p>The first part finds the runtime where {@code java.class.path} does not name it (a Spark driver given the Sparkling
 * Water jar with {@code --jars} loads it in a child class loader); the second brings what that jar leaves to its host
 * (Spark's servlet API and logging) and, in tests and the command line, the whole Maven classpath.
 */
final class RuntimeClasspath {
  private static final Map<String, String> REQUIRED = new LinkedHashMap<>();
  private static final List<String> OPTIONAL =
      List.of(
          "hex/tree/gbm/GBM.class", // H2O's algorithms (h2o-algos)
          "www/flow/index.html", // the Flow UI (h2o-web)
          "javax/servlet/Servlet.class", // the servlet API H2O's Jetty serves REST with
          "org/slf4j/Logger.class",
          "org/apache/log4j/Logger.class", // log4j 1.x API H2O logs through (or Spark's log4j2 bridge of it)
          "org/apache/logging/log4j/LogManager.class",
          "org/apache/logging/log4j/core/LoggerContext.class");

  static {
    REQUIRED.put("water/H2O.class", "H2O itself (ai.h2o:h2o-core)");
    REQUIRED.put("water/webserver/jetty9/Jetty9ServerAdapter.class", "H2O's REST server (ai.h2o:h2o-jetty-9)");
    REQUIRED.put("org/sparkling/extension/NodeLauncher.class", "the Sparkling Water extension (sparkling-extension)");
  }

  private RuntimeClasspath() {}

  static List<Path> ofThisJvm() {
    return of(RuntimeClasspath.class.getClassLoader(), System.getProperty("java.class.path", ""));
  }

  static List<Path> of(ClassLoader loader, String javaClassPath) {
    Set<Path> entries = new LinkedHashSet<>();
    REQUIRED.forEach(
        (resource, what) -> entries.add(locationOf(resource, loader).orElseThrow(() -> missing(what, resource))));
    OPTIONAL.forEach(resource -> locationOf(resource, loader).ifPresent(entries::add));
    for (String entry : javaClassPath.split(File.pathSeparator)) {
      if (!entry.isBlank()) {
        entries.add(Path.of(entry).toAbsolutePath().normalize());
      }
    }
    return List.copyOf(entries);
  }

  /** The jar or classes folder {@code resource} comes from, if the loader finds it in one. */
  static Optional<Path> locationOf(String resource, ClassLoader loader) {
    URL url = loader.getResource(resource);
    if (url == null) {
      return Optional.empty();
    }
    try {
      if (url.getProtocol().equals("jar")) {
        String path = url.getPath(); // file:/repository/h2o-core.jar!/water/H2O.class
        return Optional.of(Path.of(new URI(path.substring(0, path.indexOf("!/")))).toAbsolutePath().normalize());
      }
      if (url.getProtocol().equals("file")) {
        Path folder = Path.of(url.toURI()); // classes/water/H2O.class: go up once per name of the resource
        for (int name = 0; name < Path.of(resource).getNameCount(); name++) {
          folder = folder.getParent();
        }
        return Optional.of(folder);
      }
    } catch (URISyntaxException | IllegalArgumentException e) {
      return Optional.empty();
    }
    return Optional.empty(); // a nested jar or another scheme: java.class.path has to name it
  }

  private static IllegalStateException missing(String what, String resource) {
    return new IllegalStateException(
        "Cannot start H2O nodes from this JVM's classpath: " + what + " (" + resource + ") is not on it. Add the Sparkling "
            + "Water jar to the application (spark-submit --jars sparkling-dist.jar), or set spark.ext.h2o.external.h2o.driver "
            + "(or the H2O_DRIVER_JAR environment variable) to an official h2o.jar.");
  }
}
