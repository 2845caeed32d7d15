package org.sparkling.backend.external;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sparkling.H2OOptions;
import org.sparkling.backend.H2OLogLevel;
import org.sparkling.backend.NodeArguments;
import org.sparkling.extension.NodeLauncher;

/**
 * The {@code java} command lines that start the nodes of a local H2O cluster. The classpath goes to a file that
 * {@code java @file} reads: a few hundred jars would make each node's command line tens of kilobytes, which {@code ps} and
 * {@link ProcessHandle.Info} cut off after the classpath, and which Windows does not take at all.
 */
final class NodeJavaCommand {
  /**
   * Sends H2O's log (through log4j 2, where the classpath has it) to {@code logs/h2o.log} in the node's folder at H2O's
   * own level, and its warnings and errors to the node's output too, from which a failed start is explained.
   */
  static final String LOG_CONFIGURATION = "sparkling-node-log4j2.properties";

  /** The level {@link #LOG_CONFIGURATION} logs H2O at, in log4j's words. */
  static final String LOG_LEVEL_PROPERTY = "sparkling.node.log.level";

  /** The file {@link #LOG_CONFIGURATION} writes H2O's log to. */
  static final String LOG_FILE_PROPERTY = "sparkling.node.log.file";
  private final ClusterSpec spec;
  private final Path flatfile;
  private final Path classpathFile;
  private final long ownerPid;

  private NodeJavaCommand(ClusterSpec spec, Path flatfile, Path classpathFile, long ownerPid) {
    this.spec = spec;
    this.flatfile = flatfile;
    this.classpathFile = classpathFile;
    this.ownerPid = ownerPid;
  }

  /**
   * Writes the files every node reads, the flatfile and the classpath file, to the cluster's work dir.
   *
   * @param ports the REST port of each node (H2O takes the next one too)
   * @param ownerPid the process whose end stops the nodes
   */
  static NodeJavaCommand forCluster(ClusterSpec spec, List<Integer> ports, long ownerPid) {
    Path flatfile = Flatfile.write(spec.workDir().resolve("flatfile"), ClusterSpec.HOST, ports);
    Path classpathFile = spec.workDir().resolve("classpath.args");
    String classpath = spec.runtime().classpathArgument().replace("\\", "\\\\").replace("\"", "\\\"");
    try {
      Files.writeString(classpathFile, "-cp \"" + classpath + "\"\n", StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the classpath of the H2O nodes to " + classpathFile, e);
    }
    return new NodeJavaCommand(spec, flatfile, classpathFile, ownerPid);
  }

  List<String> forNode(int port) {
    Path directory = spec.nodeDirectory(port);
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    // H2O's javassist weaver reflects into java.lang; without this its Heartbeat thread dies on Java 17.
    command.add("--add-opens=java.base/java.lang=ALL-UNNAMED");
    command.add("-Xmx" + spec.memory());
    command.add("-Djava.net.preferIPv4Stack=true");
    command.add("-Dlog4j2.configurationFile=" + LOG_CONFIGURATION);
    command.add("-D" + LOG_LEVEL_PROPERTY + "=" + H2OLogLevel.of(spec.logLevel()).log4jName());
    command.add("-D" + LOG_FILE_PROPERTY + "=" + spec.nodeLogDirectory(port).resolve("h2o.log"));
    command.add("-D" + NodeLauncher.CLOUD_TIMEOUT_SECONDS + "=" + Math.max(1, spec.startTimeout().toSeconds()));
    command.add("-D" + NodeLauncher.PARENT_PID + "=" + ownerPid);
    command.addAll(spec.jvmOptions());
    command.add("@" + classpathFile);
    command.add(spec.runtime().mainClass());
    NodeArguments h2o = new NodeArguments(spec.cloudName(), ClusterSpec.HOST, ClusterSpec.HOST, port, directory,
        spec.nodeLogDirectory(port), H2OLogLevel.of(spec.logLevel()));
    command.addAll(h2o.flatfile(flatfile).secured(securityArguments()).nthreads(spec.nthreads()).toList());
    return command;
  }

  private List<String> securityArguments() {
    String mainClass = spec.runtime().mainClass();
    if (spec.security().https() && !mainClass.equals(NodeLauncher.class.getName())) {
      // H2O's own main takes the password as an argument only, which every local user can read and which it logs.
      throw new IllegalArgumentException(
          "HTTPS nodes started with H2O's own main (" + mainClass + ", from " + H2OOptions.EXTERNAL_H2O_DRIVER
              + " or H2O_DRIVER_JAR) would show the keystore password on their command line and in their log: "
              + "leave both unset so that the nodes run Sparkling Water's runtime.");
    }
    return spec.security().nodeArguments();
  }
}
