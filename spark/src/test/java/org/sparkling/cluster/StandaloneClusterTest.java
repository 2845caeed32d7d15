package org.sparkling.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.apache.spark.SparkEnv;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/** The test cluster itself: executors are JVMs of their own, one per worker, with every core of it. */
class StandaloneClusterTest {
  @Test
  void runsTasksInMultiCoreExecutorsOfTheirOwn() {
    try (StandaloneCluster cluster = StandaloneCluster.start(2, 2, "1500m", Path.of("target/clusters"))) {
      SparkSession spark = ClusterSpark.start(cluster, "StandaloneClusterTest");
      try {
        long driver = ProcessHandle.current().pid();
        List<String> executors =
            new JavaSparkContext(spark.sparkContext())
                .parallelize(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16), 16)
                .map(ignored -> SparkEnv.get().executorId() + "/" + ProcessHandle.current().pid())
                .distinct()
                .collect();

        assertThat(executors).hasSize(2).noneMatch(executor -> executor.endsWith("/" + driver));
      } finally {
        spark.stop();
      }
    }
  }
}
