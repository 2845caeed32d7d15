package org.sparkling.cluster;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A SPARK_HOME made of this test's classpath, so that Spark workers launch executors with the same classes as the driver:
 * every jar is linked into {@code jars/} (what Spark's launcher puts on an executor's classpath), and class folders (the
 * modules built by this reactor) go on the executors' classpath through {@code spark.executor.extraClassPath}.
 */
final class SparkHomeFolder {
  private final Path home;
  private final List<String> classFolders;
  private final String classpath;

  private SparkHomeFolder(Path home, List<String> classFolders, String classpath) {
    this.home = home;
    this.classFolders = List.copyOf(classFolders);
    this.classpath = classpath;
  }

  /** Links the jars of the current test classpath into {@code home/jars}. */
  static SparkHomeFolder create(Path home) {
    String classpath = testClasspath();
    List<String> folders = new ArrayList<>();
    try {
      Path jars = Files.createDirectories(home.resolve("jars"));
      int index = 0;
      for (String entry : classpath.split(File.pathSeparator)) {
        Path path = Path.of(entry).toAbsolutePath();
        if (Files.isDirectory(path)) {
          folders.add(path.toString());
        } else if (entry.endsWith(".jar") && Files.isRegularFile(path)) {
          // Numbered: two artifacts of different groups may share a file name.
          Files.createSymbolicLink(jars.resolve(String.format("%04d-%s", index++, path.getFileName())), path);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot build a SPARK_HOME for the test cluster under " + home, e);
    }
    return new SparkHomeFolder(home.toAbsolutePath(), folders, classpath);
  }

  /** Surefire may hide the real classpath behind a manifest-only booter jar; it names the real one in a property. */
  private static String testClasspath() {
    String surefire = System.getProperty("surefire.test.class.path");
    return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
  }

  Path home() {
    return home;
  }

  /** The full classpath, for the Master and Worker JVMs. */
  String classpath() {
    return classpath;
  }

  /** The class folders, joined for {@code spark.executor.extraClassPath}. */
  String classFolders() {
    return String.join(File.pathSeparator, classFolders);
  }
}
