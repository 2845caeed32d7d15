package org.sparkling.backend.external;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sparkling.backend.ClusterAddress;

/**
 * An H2O cluster on YARN started with H2O's own driver ({@link YarnH2OCommand}): the driver submits a YARN application,
 * waits for the cloud, writes its leader's address to the notify file and exits ({@code -disown}), leaving the cluster
 * running until {@link #stop()} kills the YARN application.
 */
public final class YarnH2OCluster {
  private static final Logger LOG = LoggerFactory.getLogger(YarnH2OCluster.class);
  private static final Pattern APPLICATION_ID = Pattern.compile("application_\\d+_\\d+");
  private final ClusterAddress leader;
  private final String applicationId;
  private final String yarn;
  private final Path workDir;
  private boolean stopped;

  private YarnH2OCluster(ClusterAddress leader, String applicationId, String yarn, Path workDir) {
    this.leader = leader;
    this.applicationId = applicationId;
    this.yarn = yarn;
    this.workDir = workDir;
  }

  /**
   * Runs {@code command} with the {@code hadoop} executable given and waits (at most {@code timeout}) until H2O's driver
   * reports the cluster; {@code yarn} is the executable that stops it later. The driver's output goes to
   * {@code h2odriver.out} in {@code workDir}.
   *
   * @throws ClusterStartException when the driver cannot run, fails, or does not report a cluster in time
   */
  public static YarnH2OCluster start(YarnH2OCommand command, String hadoop, String yarn, Path workDir, Duration timeout) {
    Path output = workDir.resolve("h2odriver.out");
    List<String> arguments = new ArrayList<>(command.arguments());
    arguments.set(0, hadoop);
    Process driver;
    try {
      Files.createDirectories(workDir);
      Files.deleteIfExists(command.notifyFile());
      driver = new ProcessBuilder(arguments).redirectErrorStream(true).redirectOutput(output.toFile()).start();
    } catch (IOException e) {
      throw new ClusterStartException("Cannot run H2O's YARN driver with '" + hadoop + "' (" + e.getMessage() + "): "
          + "install Hadoop's client on this machine and put `hadoop` on the PATH (or set HADOOP_HOME).", e);
    }
    try {
      if (!driver.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        driver.destroyForcibly();
        throw failure("did not report an H2O cluster within " + timeout.toSeconds() + " s (spark.ext.h2o.cloud.timeout)",
            output);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      driver.destroyForcibly();
      throw new ClusterStartException("Interrupted while H2O's YARN driver was starting the cluster", e);
    }
    if (driver.exitValue() != 0 || !Files.isRegularFile(command.notifyFile())) {
      throw failure("exited with code " + driver.exitValue() + " without reporting an H2O cluster", output);
    }
    YarnH2OCluster cluster =
        new YarnH2OCluster(leader(command.notifyFile()), applicationId(read(output)), yarn, workDir);
    LOG.info("H2O cluster on YARN ({}) reported by H2O's driver at {}", cluster.applicationId, cluster.leader);
    return cluster;
  }

  /** The address H2O's driver wrote to its notify file: the cloud's leader, {@code ip:port}. */
  static ClusterAddress leader(Path notifyFile) {
    return ClusterAddress.parse(read(notifyFile).strip(), "notify file " + notifyFile + " of H2O's driver");
  }

  /** The YARN application id in the driver's output; the cluster cannot be stopped without it. */
  static String applicationId(String driverOutput) {
    Matcher matcher = APPLICATION_ID.matcher(driverOutput);
    if (!matcher.find()) {
      throw new ClusterStartException(
          "H2O's YARN driver reported a cluster but no YARN application id (application_...), so it could not be "
              + "stopped: stop it by hand with `yarn application -kill <id>`.");
    }
    return matcher.group();
  }

  public URI restApi() {
    return leader.restApi();
  }

  public String applicationId() {
    return applicationId;
  }

  /** Kills the YARN application; calling it again does nothing. A failure is logged, with the command to run by hand. */
  public synchronized void stop() {
    if (stopped) {
      return;
    }
    stopped = true;
    Path output = workDir.resolve("yarn-kill.out");
    try {
      Process kill = new ProcessBuilder(yarn, "application", "-kill", applicationId)
          .redirectErrorStream(true).redirectOutput(output.toFile()).start();
      if (kill.waitFor(2, TimeUnit.MINUTES) && kill.exitValue() == 0) {
        LOG.info("Stopped the H2O cluster on YARN ({})", applicationId);
        return;
      }
      kill.destroyForcibly();
    } catch (IOException e) {
      LOG.warn("Could not run '{}': {}", yarn, e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    LOG.warn("The H2O cluster on YARN ({}) may still run: stop it with `yarn application -kill {}`; output:{}{}",
        applicationId, applicationId, System.lineSeparator(), OutputTail.of(output, 20));
  }

  private static ClusterStartException failure(String what, Path output) {
    return new ClusterStartException("H2O's YARN driver " + what + ". Its output (" + output + ") ends with:"
        + System.lineSeparator() + OutputTail.of(output, 40));
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.ISO_8859_1);
    } catch (IOException e) {
      throw new ClusterStartException("Cannot read " + file + ": " + e.getMessage(), e);
    }
  }
}
