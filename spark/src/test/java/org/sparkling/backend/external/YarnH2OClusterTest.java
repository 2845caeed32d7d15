package org.sparkling.backend.external;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sparkling.H2OConf;

/**
 * Starting and stopping an H2O cluster on YARN, with stand-ins for Hadoop's {@code hadoop} and {@code yarn} commands (no
 * YARN here): shell scripts that answer as H2O's driver and YARN do, and record how they were called.
 */
class YarnH2OClusterTest {
  @TempDir Path folder;

  private YarnH2OCommand command() throws IOException {
    Path driver = Files.createFile(folder.resolve("h2odriver.jar"));
    H2OConf conf = new H2OConf().setExternalClusterSize(2).setExternalMemory("1g").setExternalH2ODriver(driver.toString());
    return YarnH2OCommand.of(conf, Map.of(), "sparkling-test", "h2o-test", folder.resolve("notify"));
  }

  private Path script(String name, String body) throws IOException {
    Path script = folder.resolve(name);
    Files.writeString(script, "#!/bin/sh\n" + body + "\n");
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
    return script;
  }

  /** Answers like H2O's driver: writes the leader's address to the file after -notify and names the application. */
  private Path hadoop() throws IOException {
    return script("hadoop", """
        echo "$@" > "$(dirname "$0")/hadoop.args"
        while [ "$1" != "-notify" ]; do shift; done
        echo "Submitted application application_1700000000000_0042"
        echo "10.1.2.3:54321" > "$2"
        echo "Open H2O Flow in your web browser: http://10.1.2.3:54321"
        """);
  }

  @Test
  void startsThroughTheDriverAndStopsByKillingTheApplication() throws IOException {
    Path yarn = script("yarn", "echo \"$@\" >> \"$(dirname \"$0\")/yarn.args\"");

    YarnH2OCluster cluster =
        YarnH2OCluster.start(command(), hadoop().toString(), yarn.toString(), folder.resolve("work"), Duration.ofMinutes(1));

    assertThat(cluster.restApi()).isEqualTo(URI.create("http://10.1.2.3:54321"));
    assertThat(cluster.applicationId()).isEqualTo("application_1700000000000_0042");
    assertThat(folder.resolve("hadoop.args")).content()
        .startsWith("jar " + folder.resolve("h2odriver.jar"))
        .contains("-nodes 2 -mapperXmx 1g -output h2o-test -jobname sparkling-test");

    cluster.stop();
    cluster.stop();
    assertThat(folder.resolve("yarn.args")).content().isEqualTo("application -kill application_1700000000000_0042\n");
  }

  @Test
  void aFailingDriverGivesTheEndOfItsOutput() throws IOException {
    Path hadoop = script("hadoop", "echo 'ERROR: Unable to start any H2O nodes; please contact your YARN administrator.'; exit 1");

    assertThatThrownBy(() -> YarnH2OCluster.start(command(), hadoop.toString(), "yarn", folder, Duration.ofMinutes(1)))
        .isInstanceOf(ClusterStartException.class)
        .hasMessageContaining("exited with code 1 without reporting an H2O cluster")
        .hasMessageContaining("Unable to start any H2O nodes");
  }

  @Test
  void noHadoopOnThisMachineSaysWhatToInstall() {
    String missing = folder.resolve("no-such-hadoop").toString();

    assertThatThrownBy(() -> YarnH2OCluster.start(command(), missing, "yarn", folder, Duration.ofMinutes(1)))
        .isInstanceOf(ClusterStartException.class)
        .hasMessageContaining("Cannot run H2O's YARN driver with '" + missing + "'")
        .hasMessageContaining("put `hadoop` on the PATH (or set HADOOP_HOME)");
  }

  @Test
  void aDriverThatReportsNoApplicationIdCannotBeStoppedAndSaysSo() {
    assertThatThrownBy(() -> YarnH2OCluster.applicationId("Open H2O Flow in your web browser: http://10.1.2.3:54321"))
        .isInstanceOf(ClusterStartException.class)
        .hasMessageContaining("yarn application -kill");
  }
}
