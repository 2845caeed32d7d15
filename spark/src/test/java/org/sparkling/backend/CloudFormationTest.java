package org.sparkling.backend;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sparkling.client.Cloud;

/** The error a user reads when the H2O nodes in the executors do not form a cloud in time. */
class CloudFormationTest {
  private static final SparkExecutor FIRST = new SparkExecutor("0", "10.0.0.1");
  private static final SparkExecutor SECOND = new SparkExecutor("1", "10.0.0.2");
  private static final SparkExecutor THIRD = new SparkExecutor("2", "10.0.0.3");

  @Test
  void namesTheExecutorsWhoseNodesJoinedAndThoseThatDidNot() {
    Map<SparkExecutor, NodeAddress> nodes = new LinkedHashMap<>();
    nodes.put(FIRST, new NodeAddress("10.0.0.1", 54321));
    nodes.put(SECOND, new NodeAddress("10.0.0.2", 54321));
    nodes.put(THIRD, new NodeAddress("10.0.0.3", 54321));
    Cloud ofTwo = cloud("10.0.0.1:54321", "10.0.0.2:54321");
    Cloud alone = cloud("10.0.0.3:54321");

    String error =
        CloudFormation.notFormed(nodes, List.of(Optional.of(ofTwo), Optional.of(ofTwo), Optional.of(alone)),
            Duration.ofSeconds(60));

    assertThat(error)
        .contains("did not form within 60 s (spark.ext.h2o.cloud.timeout): 2 of 3 executors' nodes joined")
        .contains("joined: executor 0 on 10.0.0.1 (H2O node 10.0.0.1:54321); executor 1 on 10.0.0.2 (H2O node 10.0.0.2:54321)")
        .contains("did not join: executor 2 on 10.0.0.3 (H2O node 10.0.0.3:54321)")
        .contains("spark.ext.h2o.base.port", "firewall", "spark.executor.memory", "h2o.log");
  }

  @Test
  void saysWhichNodesDoNotAnswerAtAll() {
    Map<SparkExecutor, NodeAddress> nodes = new LinkedHashMap<>();
    nodes.put(FIRST, new NodeAddress("10.0.0.1", 54321));
    nodes.put(SECOND, new NodeAddress("10.0.0.2", 54321));

    String error = CloudFormation.notFormed(nodes, List.of(Optional.empty(), Optional.empty()), Duration.ofSeconds(5));

    assertThat(error)
        .contains("0 of 2 executors' nodes joined")
        .contains("joined: none")
        .contains("executor 1 on 10.0.0.2 (H2O node 10.0.0.2:54321, REST API not answering)");
  }

  private static Cloud cloud(String... members) {
    List<Cloud.Node> nodes =
        java.util.Arrays.stream(members).map(member -> new Cloud.Node("/" + member, member, true, 2, 2, 1L, 1L)).toList();
    return new Cloud("3.44.0.1", "test", nodes.size(), true, true, false, nodes);
  }
}
