package org.sparkling.backend.external;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sparkling.client.Cloud;
import org.sparkling.client.H2OClient;

/** Starts real H2O node JVMs from this test JVM's classpath, small heaps, one thread each. */
class LocalH2OClusterTest {
  private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

  private static LocalH2OCluster.Builder cluster(String cloudName) {
    return LocalH2OCluster.newBuilder(NodeJvms.workDir(cloudName))
        .cloudName(cloudName)
        .memory("512m")
        .nthreads(1)
        .basePort(NodeJvms.basePort())
        .startTimeout(START_TIMEOUT);
  }

  @Test
  void twoNodesFormOneCloudThatEachReportsAndStopLeavingNothingBehind() {
    String cloudName = NodeJvms.cloudName("two-nodes");
    long started = System.nanoTime();
    LocalH2OCluster cluster = cluster(cloudName).nodes(2).start();
    System.out.printf("2-node cluster started in %.1f s%n", (System.nanoTime() - started) / 1e9);
    List<URI> nodes = cluster.nodes();
    try {
      assertThat(nodes).hasSize(2).allSatisfy(node -> assertThat(node.getHost()).isEqualTo("127.0.0.1"));
      assertThat(nodes.get(0).getPort()).isNotEqualTo(nodes.get(1).getPort());
      for (URI node : nodes) {
        Cloud cloud = H2OClient.newBuilder(node).build().cloud();
        assertThat(cloud.cloudName()).isEqualTo(cloudName);
        assertThat(cloud.cloudSize()).as("cloud size seen by %s", node).isEqualTo(2);
        assertThat(cloud.consensus()).isTrue();
        assertThat(cloud.nodes()).extracting(Cloud.Node::ipPort)
            .containsExactlyInAnyOrder(nodes.stream().map(uri -> "127.0.0.1:" + uri.getPort()).toArray(String[]::new));
      }
      assertThat(NodeJvms.of(cloudName)).hasSize(2);
      assertThat(cluster.workDir().resolve("flatfile")).content().hasLineCount(2);
    } finally {
      cluster.stop();
    }

    assertThat(NodeJvms.of(cloudName)).as("node processes after stop()").isEmpty();
    for (URI node : nodes) {
      assertThat(NodeJvms.listening(node.getPort())).as("REST port of %s", node).isFalse();
      assertThat(NodeJvms.listening(node.getPort() + 1)).as("internal port of %s", node).isFalse();
      assertThat(cluster.workDir().resolve("node-" + node.getPort()).resolve("node.out")).isNotEmptyFile();
      assertThat(cluster.workDir().resolve("node-" + node.getPort()).resolve("ice")).doesNotExist();
    }
    cluster.stop(); // again: nothing to do
  }

  @Test
  void aNodeJvmThatDiesAtOnceIsExplainedWithTheEndOfItsOutput() {
    String cloudName = NodeJvms.cloudName("bad-jvm-option");

    assertThatThrownBy(() -> cluster(cloudName).jvmOptions(List.of("-Xmx=abc")).start())
        .isInstanceOf(ClusterStartException.class)
        .hasMessageContaining("The H2O cluster '" + cloudName + "' did not start")
        .hasMessageContaining("exited with code 1")
        .hasMessageContaining("Invalid maximum heap size: -Xmx=abc")
        .hasMessageContaining("node.out")
        .hasMessageContaining(NodeJvms.workDir(cloudName).toString());
    assertThat(NodeJvms.of(cloudName)).isEmpty();
  }

  @Test
  void aCloudThatDoesNotFormInTimeSaysWhatEachNodeSawAndStopsThem() {
    String cloudName = NodeJvms.cloudName("too-slow");

    assertThatThrownBy(() -> cluster(cloudName).nodes(2).startTimeout(Duration.ofSeconds(1)).start())
        .isInstanceOf(ClusterStartException.class)
        .hasMessageContaining("The H2O cluster '" + cloudName + "' of 2 nodes did not form within 1 s")
        .hasMessageContaining(": REST API not answering yet")
        .hasMessageContaining("spark.ext.h2o.cloud.timeout")
        .hasMessageContaining(NodeJvms.workDir(cloudName).toString());
    assertThat(NodeJvms.of(cloudName)).isEmpty();
  }

  @Test
  void aNodeWhosePortsWereTakenMeanwhileIsExplainedWithAHint() {
    // A stand-in for a node that lost the race for its ports: it prints what H2O prints and exits as H2O does.
    String cloudName = NodeJvms.cloudName("ports-taken");
    ClusterSpec spec = cluster(cloudName).spec();
    String fatal = "FATAL main default: On /127.0.0.1 some of the required ports 20000, 20001 are not available, "
        + "change -port PORT and try again.";
    NodeProcess node =
        NodeProcess.start(List.of("sh", "-c", "echo '" + fatal + "'; exit 255"), spec.nodeDirectory(20000),
            URI.create("http://127.0.0.1:20000"));

    assertThatThrownBy(() -> CloudFormation.await(spec, List.of(node)))
        .isInstanceOf(ClusterStartException.class)
        .hasMessageContaining("The H2O node 127.0.0.1:20000 (pid " + node.pid() + ") exited with code 255")
        .hasMessageContaining(fatal)
        .hasMessageContaining("Another process took its ports")
        .hasMessageContaining("spark.ext.h2o.base.port");
  }

  @Test
  void invalidSettingsAreRejectedBeforeAnythingStarts() {
    String cloudName = NodeJvms.cloudName("invalid");

    assertThatThrownBy(() -> cluster(cloudName).memory("lots").start())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'lots'")
        .hasMessageContaining("spark.ext.h2o.external.memory")
        .hasMessageContaining("2g");
    assertThatThrownBy(() -> cluster(cloudName).nodes(0).start())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one node");
    assertThatThrownBy(() -> cluster(cloudName).cloudName("my cloud").start()).hasMessageContaining("'my cloud'");
    assertThatThrownBy(() -> cluster(cloudName).basePort(80).start()).hasMessageContaining("80");
    assertThatThrownBy(() -> cluster(cloudName).logLevel("LOUD").start())
        .hasMessageContaining("'LOUD'")
        .hasMessageContaining("TRACE, DEBUG, INFO, WARN, ERRR, FATAL");
    assertThat(Files.exists(NodeJvms.workDir(cloudName))).isFalse();
  }
}
