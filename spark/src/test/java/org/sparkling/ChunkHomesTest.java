package org.sparkling;

import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sparkling.backend.external.LocalH2OCluster;
import org.sparkling.backend.external.NodeJvms;
import org.sparkling.client.ChunkTraffic;
import org.sparkling.client.FrameDescription;
import org.sparkling.client.H2OClient;
import org.sparkling.client.NodeAddress;
import org.sparkling.extension.ChunkEncoder;
import org.sparkling.extension.ColumnType;

/**
 * Over REST with a 2-node external cluster, each chunk goes straight to the node that holds it, and is read from there.
 * Proven from outside: every node counts the chunks it received and sent, and how many of them it does not hold
 * ({@code GET /3/sparkling/traffic}); the frame's description says which node holds which chunk.
 */
class ChunkHomesTest {
  private static LocalH2OCluster cluster;
  private static SparkSession spark;
  private static H2OContext hc;

  @BeforeAll
  static void startClusterAndSpark() {
    String cloudName = NodeJvms.cloudName("homes");
    cluster = LocalH2OCluster.newBuilder(NodeJvms.workDir(cloudName))
        .cloudName(cloudName)
        .nodes(2)
        .memory("768m")
        .nthreads(1)
        .basePort(NodeJvms.basePort())
        .startTimeout(Duration.ofMinutes(3))
        .start();
    spark = LocalSpark.start("ChunkHomesTest");
    int port = cluster.nodes().get(0).getPort();
    hc = H2OContext.getOrCreate(
        spark, new H2OConf().setH2OCluster("127.0.0.1", port).setRestApiTimeout(Duration.ofSeconds(30)));
  }

  @AfterAll
  static void stopAll() {
    if (hc != null) {
      hc.stop();
    }
    if (spark != null) {
      spark.stop();
    }
    if (cluster != null) {
      cluster.stop();
    }
  }

  private static Dataset<Row> flights(int rows, int partitions) {
    return spark.range(0, rows, 1, partitions).selectExpr(
        "id", "id * 0.5D AS half", "CONCAT('airport-', id % 7) AS origin", "IF(id % 10 = 0, NULL, id) AS delay");
  }

  /** Each node's traffic, by the {@code ip:port} it calls itself (the form frame descriptions name nodes in). */
  private static Map<String, ChunkTraffic> traffic() {
    Map<String, ChunkTraffic> traffic = new LinkedHashMap<>();
    for (URI node : cluster.nodes()) {
      ChunkTraffic counts = H2OClient.newBuilder(node).build().chunkTraffic();
      traffic.put(counts.node(), counts);
    }
    return traffic;
  }

  private static Map<String, Long> chunksHeld(String frameId) {
    return hc.client().describeFrame(frameId).chunks().stream()
        .collect(groupingBy(FrameDescription.Chunk::node, counting()));
  }

  private static List<String> sortedById(List<Row> rows) {
    return rows.stream()
        .sorted(Comparator.comparingLong(row -> ((Number) row.get(0)).longValue()))
        .map(Row::toString)
        .toList();
  }

  @Test
  void everyChunkIsWrittenToAndReadFromTheNodeThatHoldsIt() {
    Dataset<Row> data = flights(40_000, 8);
    Map<String, ChunkTraffic> before = traffic();

    H2OFrame frame = hc.asH2OFrame(data, "homed_flights");
    Map<String, ChunkTraffic> written = traffic();
    List<Row> back = hc.asSparkFrame(frame).collectAsList();
    Map<String, ChunkTraffic> read = traffic();

    Map<String, Long> held = chunksHeld("homed_flights");
    assertThat(held).as("chunks per node (H2O spreads chunk homes by index)").hasSize(2).containsOnlyKeys(before.keySet());
    for (String node : before.keySet()) {
      long holds = held.get(node);
      assertThat(written.get(node).chunksReceived() - before.get(node).chunksReceived())
          .as("uploads to %s", node).isEqualTo(holds);
      assertThat(written.get(node).chunksReceivedHomedElsewhere() - before.get(node).chunksReceivedHomedElsewhere())
          .as("uploads %s had to forward", node).isZero();
      assertThat(read.get(node).chunksSent() - written.get(node).chunksSent())
          .as("downloads from %s", node).isEqualTo(holds);
      assertThat(read.get(node).chunksSentHomedElsewhere() - written.get(node).chunksSentHomedElsewhere())
          .as("downloads %s had to fetch first", node).isZero();
    }
    assertThat(sortedById(back)).containsExactlyElementsOf(sortedById(data.collectAsList()));
  }

  @Test
  void theDataSourceWritesEachChunkToItsHomeToo() {
    Map<String, ChunkTraffic> before = traffic();

    flights(10_000, 4).write().format("h2o").mode("overwrite").save("homed_by_source");
    Map<String, ChunkTraffic> after = traffic();

    Map<String, Long> held = chunksHeld("homed_by_source");
    for (String node : before.keySet()) {
      assertThat(after.get(node).chunksReceived() - before.get(node).chunksReceived())
          .as("uploads to %s", node).isEqualTo(held.getOrDefault(node, 0L));
      assertThat(after.get(node).chunksReceivedHomedElsewhere()).isEqualTo(before.get(node).chunksReceivedHomedElsewhere());
    }
  }

  @Test
  void theHomesOfAFrameBeingBuiltAreWhereItsChunksEndUp() {
    H2OClient client = hc.client();
    client.createFrame("homes_while_building", List.of("x"));
    List<URI> homes = client.chunkHomes("homes_while_building", 8);
    client.deleteFrame("homes_while_building");
    hc.asH2OFrame(flights(8_000, 8), "homes_after");

    List<URI> described = client.describeFrame("homes_after").chunks().stream()
        .map(chunk -> NodeAddress.restApi(client.node(), chunk.node())).toList();
    assertThat(homes).containsExactlyElementsOf(described).containsExactlyElementsOf(client.chunkHomes("homes_after", 8));
    assertThat(homes).containsOnlyElementsOf(cluster.nodes());
  }

  /** Without this, the zero counts above could come from a node that never tells a chunk homed elsewhere from its own. */
  @Test
  void aChunkSentToANodeThatDoesNotHoldItIsCountedAsForwarded() {
    H2OClient known = hc.client();
    known.createFrame("misrouted", List.of("x"));
    List<URI> homes = known.chunkHomes("misrouted", 2);
    assertThat(homes).as("homes of chunks 0 and 1 on a cluster of 2").doesNotHaveDuplicates();
    ChunkEncoder encoded = new ChunkEncoder(new ColumnType[] {ColumnType.NUMERIC});
    encoded.addDouble(0, 1.5);
    encoded.endRow();
    H2OClient notHome = H2OClient.newBuilder(homes.get(1)).build();
    long before = notHome.chunkTraffic().chunksReceivedHomedElsewhere();

    notHome.uploadChunk("misrouted", 0, 2, encoded.encode());

    assertThat(notHome.chunkTraffic().chunksReceivedHomedElsewhere()).isEqualTo(before + 1);
    known.deleteFrame("misrouted", 2);
  }
}
