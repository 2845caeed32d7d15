package org.sparkling.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.spark.Partition;
import org.apache.spark.SparkEnv;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.rdd.RDD;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sparkling.H2OContext;
import org.sparkling.H2OFrame;
import org.sparkling.client.Cloud;
import org.sparkling.client.H2OClient;
import org.sparkling.extension.EmbeddedNode;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The internal backend on a real Spark standalone cluster ({@link StandaloneCluster}): two workers of two cores, so two
 * multi-core executors, each its own JVM; the driver (this JVM) starts no H2O node.
 */
class InternalBackendClusterTest {
  private static final long ROWS = 200_000;
  private static StandaloneCluster cluster;

  @BeforeAll
  static void startCluster() {
    cluster = StandaloneCluster.start(2, 2, "1500m", Path.of("target/clusters"));
  }

  @AfterAll
  static void stopCluster() {
    if (cluster != null) {
      cluster.close();
    }
  }

  @Test
  void formsOneNodePerExecutorAndConvertsBothWays() {
    SparkSession spark = ClusterSpark.start(cluster, "InternalBackendClusterTest");
    Optional<URI> driverNode = EmbeddedNode.running(); // other test classes in this JVM may have started one
    try {
      long started = System.nanoTime();
      H2OContext hc = H2OContext.getOrCreate(spark);
      report("backend start (H2OContext.getOrCreate, executors registering included): %d ms", millisSince(started));

      Cloud cloud = hc.cloud();
      List<String> members = cloud.nodes().stream().map(Cloud.Node::ipPort).sorted().toList();
      assertThat(cloud.cloudSize()).isEqualTo(2);
      assertThat(EmbeddedNode.running()).as("H2O node in the driver").isEqualTo(driverNode);
      driverNode.ifPresent(node -> assertThat(members).doesNotContain(node.getHost() + ":" + node.getPort()));
      Map<String, TreeSet<String>> byExecutor = nodesByExecutor(spark);
      assertThat(byExecutor).as("JVMs (executor id and pid) of 32 tasks on two-core executors, and the H2O node in each")
          .hasSize(2)
          .allSatisfy((executor, nodes) -> assertThat(nodes).hasSize(1))
          .allSatisfy((executor, nodes) -> assertThat(executor).doesNotEndWith("/" + ProcessHandle.current().pid()));
      assertThat(byExecutor.values().stream().flatMap(TreeSet::stream).sorted().toList()).containsExactlyElementsOf(members);

      assertThat(executorFiles("h2o.log")).as("H2O logs in the executors' work folders")
          .hasSize(2)
          .allSatisfy(log -> assertThat(log).content().contains("Cloud of size 2 formed"))
          .allSatisfy(log -> assertThat(log.toString()).contains("/app-").endsWith("/sparkling-h2o/logs/h2o.log"));

      convertsBothWays(spark, hc, members);
      startsAgainOnTheSameNodes(spark, hc, members);
    } finally {
      spark.stop();
    }
  }

  @Test
  void dynamicAllocationFailsAtOncePointingToTheExternalBackend() {
    SparkSession spark =
        ClusterSpark.start(cluster, "InternalBackendClusterTest-dynamic",
            Map.of("spark.dynamicAllocation.enabled", "true", "spark.dynamicAllocation.shuffleTracking.enabled", "true"));
    try {
      assertThatThrownBy(() -> H2OContext.getOrCreate(spark))
          .hasMessageContaining("spark.dynamicAllocation.enabled=true")
          .hasMessageContaining("spark.ext.h2o.backend.cluster.mode=external");
    } finally {
      spark.stop();
    }
  }

  private static void convertsBothWays(SparkSession spark, H2OContext hc, List<String> members) {
    Dataset<Row> data =
        spark.range(0, ROWS, 1, 8)
            .selectExpr("id", "cast(id % 1000 as int) as small", "id * 0.25 as ratio", "concat('level ', id % 40) as level",
                "id % 3 = 0 as flag", "timestamp_seconds(1700000000 + id) as at",
                "case when id % 7 = 0 then null else id * 3 end as sparse")
            .cache();
    assertThat(data.count()).isEqualTo(ROWS);

    H2OFrame frame = null; // the first conversion warms up the executors' JIT; the second shows the steady rate
    for (String key : List.of("cluster_round_trip_warm_up", "cluster_round_trip")) {
      long started = System.nanoTime();
      frame = hc.asH2OFrame(data, key);
      long toH2O = millisSince(started);
      report("to H2O, %s: %d rows x %d columns in %d ms = %.0f rows/s", key, ROWS, data.columns().length, toH2O,
          ROWS * 1000.0 / toH2O);
    }
    assertThat(frame.numberOfRows()).isEqualTo(ROWS);
    assertThat(frame.description().chunks()).hasSize(8);
    assertThat(chunksOverRest(members)).as("chunks that travelled over REST: all were written in process").isZero();
    List<String> chunkNodes = frame.description().chunks().stream().map(chunk -> chunk.node()).distinct().sorted().toList();
    report("chunk homes: %s", chunkNodes);
    assertThat(members).containsAll(chunkNodes);

    Dataset<Row> back = hc.asSparkFrame(frame);
    assertThat(preferredLocations(back.queryExecution().toRdd()))
        .isNotEmpty()
        .allSatisfy(location -> assertThat(location).startsWith("executor_127.0.0.1_"));
    // The first read in fresh executors pays Spark's one-time costs of Row deserialization (Scala runtime reflection,
    // Hadoop file system statistics), seen in thread dumps; the second shows the steady rate.
    for (String read : List.of("first", "second")) {
      long started = System.nanoTime();
      assertThat(back.rdd().count()).isEqualTo(ROWS);
      long toSpark = millisSince(started);
      report("to Spark, %s read of every column: %d rows in %d ms = %.0f rows/s", read, ROWS, toSpark,
          ROWS * 1000.0 / toSpark);
    }

    assertThat(chunksOverRest(members)).as("chunks that travelled over REST: all were read in process").isZero();

    Dataset<Row> typed = back.select(castTo(data));
    assertThat(typed.exceptAll(data).count()).as("rows that came back but were not sent").isZero();
    assertThat(data.exceptAll(typed).count()).as("rows that were sent but did not come back").isZero();
  }

  /** A second context after stop() finds the executors' nodes running and uses them again: one node per JVM. */
  private static void startsAgainOnTheSameNodes(SparkSession spark, H2OContext hc, List<String> members) {
    hc.stop();
    long started = System.nanoTime();
    H2OContext again = H2OContext.getOrCreate(spark);
    report("second context on the running nodes: %d ms", millisSince(started));
    assertThat(again).isNotSameAs(hc);
    assertThat(again.cloud().nodes().stream().map(Cloud.Node::ipPort).sorted().toList()).isEqualTo(members);
    assertThat(again.client().frameIds()).as("frames after stop()").doesNotContain("cluster_round_trip");
  }

  private static Map<String, TreeSet<String>> nodesByExecutor(SparkSession spark) {
    List<String> answers =
        new JavaSparkContext(spark.sparkContext())
            .parallelize(IntStream.range(0, 32).boxed().toList(), 32)
            .map(ignored -> SparkEnv.get().executorId() + "/" + ProcessHandle.current().pid() + " "
                + EmbeddedNode.running().map(node -> node.getHost() + ":" + node.getPort()).orElse("none"))
            .collect();
    return answers.stream()
        .map(answer -> answer.split(" "))
        .collect(Collectors.groupingBy(pair -> pair[0], TreeMap::new,
            Collectors.mapping(pair -> pair[1], Collectors.toCollection(TreeSet::new))));
  }

  /** Chunk uploads and downloads every node answered over REST since it started (the extension counts them). */
  private static long chunksOverRest(List<String> members) {
    return members.stream()
        .map(member -> H2OClient.newBuilder(URI.create("http://" + member)).build().chunkTraffic())
        .mapToLong(traffic -> traffic.chunksReceived() + traffic.chunksSent())
        .sum();
  }

  /** The files called {@code name} in the executors' work folders (the workers' work folders hold one per executor). */
  private static List<Path> executorFiles(String name) {
    try (Stream<Path> files = Files.walk(cluster.folder())) {
      return files.filter(file -> file.getFileName().toString().equals(name) && file.toString().contains("/app-")).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The preferred locations of the first RDD in the lineage that has any: the data source's. */
  private static List<String> preferredLocations(RDD<?> rdd) {
    List<String> locations = new ArrayList<>();
    for (Partition partition : rdd.partitions()) {
      locations.addAll(CollectionConverters.asJava(rdd.preferredLocations(partition)));
    }
    if (locations.isEmpty() && !rdd.dependencies().isEmpty()) {
      return preferredLocations(rdd.dependencies().head().rdd());
    }
    return locations;
  }

  private static Column[] castTo(Dataset<Row> data) {
    List<Column> columns = new ArrayList<>();
    for (StructField field : data.schema().fields()) {
      columns.add(new Column(field.name()).cast(field.dataType()).as(field.name()));
    }
    return columns.toArray(Column[]::new);
  }

  private static long millisSince(long nanos) {
    return Math.max(1, (System.nanoTime() - nanos) / 1_000_000);
  }

  private static void report(String format, Object... values) {
    System.out.printf("InternalBackendClusterTest: " + format + "%n", values);
  }
}
