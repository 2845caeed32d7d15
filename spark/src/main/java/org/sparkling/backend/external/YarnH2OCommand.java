package org.sparkling.backend.external;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sparkling.H2OConf;
import org.sparkling.H2OOptions;

/**
 * The command that starts an H2O cluster on YARN with H2O's official driver jar, as the original Sparkling Water does for
 * {@code spark.ext.h2o.external.start.mode=auto} on YARN:
 * {@code hadoop jar h2odriver.jar -libjars <extension jar> -nodes N -mapperXmx 2g -output <hdfs dir> -jobname <name>
 * -notify <file> -disown}. Once the cloud is up the driver writes its leader's {@code ip:port} to the notify file and, with
 * {@code -disown}, returns and leaves the cluster running (stop it with {@code yarn application -kill}).
 *
 * @param h2oDriverJar H2O's {@code h2odriver} jar for the Hadoop distribution
 * @param extensionJar the Sparkling Water extension, shipped to the nodes with {@code -libjars}
 * @param nodes how many H2O nodes (YARN containers)
 * @param memory each node's heap, as for {@code -Xmx}
 * @param outputDir the HDFS folder the driver writes to; it must not exist yet
 * @param jobName the YARN application's name
 * @param notifyFile the local file the driver writes the cluster's address to
 */
public record YarnH2OCommand(
    Path h2oDriverJar, Path extensionJar, int nodes, String memory, String outputDir, String jobName, Path notifyFile) {

  public YarnH2OCommand {
    Objects.requireNonNull(h2oDriverJar, "h2oDriverJar == null");
    Objects.requireNonNull(extensionJar, "extensionJar == null");
    Objects.requireNonNull(notifyFile, "notifyFile == null");
    if (nodes < 1) {
      throw new IllegalArgumentException("An H2O cluster needs at least one node, not " + nodes);
    }
    memory = HeapSize.check(memory);
    if (outputDir == null || outputDir.isBlank() || jobName == null || jobName.isBlank()) {
      throw new IllegalArgumentException("H2O's driver needs an HDFS output folder and a job name");
    }
  }

  /**
   * The command for {@code conf}'s cluster size and memory, with the driver jar of {@link H2OOptions#EXTERNAL_H2O_DRIVER}
   * or, when that is empty, of the {@value NodeRuntime#H2O_DRIVER_JAR} environment variable.
   */
  public static YarnH2OCommand of(
      H2OConf conf, Map<String, String> environment, String jobName, String outputDir, Path notifyFile) {
    String jar = conf.externalH2ODriver().isEmpty()
        ? environment.getOrDefault(NodeRuntime.H2O_DRIVER_JAR, "").strip()
        : conf.externalH2ODriver();
    if (jar.isEmpty() || !Files.isRegularFile(Path.of(jar))) {
      throw new IllegalArgumentException(
          "Starting H2O on YARN needs H2O's driver jar" + (jar.isEmpty() ? "" : ", and " + jar + " does not exist") + ": set "
              + H2OOptions.EXTERNAL_H2O_DRIVER + " or " + NodeRuntime.H2O_DRIVER_JAR + " to the h2odriver jar for your Hadoop "
              + "distribution (in the h2o-3.44.0.1-<distribution>.zip download of H2O).");
    }
    return new YarnH2OCommand(Path.of(jar), NodeRuntime.extensionJar(), conf.externalClusterSize(), conf.externalMemory(),
        outputDir, jobName, notifyFile);
  }

  /** The command line, to run with {@link ProcessBuilder} (no shell). */
  public List<String> arguments() {
    // -libjars is a generic Hadoop option: it has to come before the driver's own.
    return List.of(
        "hadoop", "jar", h2oDriverJar.toString(),
        "-libjars", extensionJar.toString(),
        "-nodes", Integer.toString(nodes),
        "-mapperXmx", memory,
        "-output", outputDir,
        "-jobname", jobName,
        "-notify", notifyFile.toString(),
        "-disown");
  }
}
