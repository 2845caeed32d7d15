package org.sparkling.backend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.spark.SparkConf;
import org.junit.jupiter.api.Test;

/** What the internal backend decides from the Spark configuration alone, before any executor is asked. */
class InternalClusterBackendChecksTest {
  @Test
  void dynamicAllocationIsRefusedWithTheWayOut() {
    SparkConf conf = new SparkConf(false).set("spark.dynamicAllocation.enabled", "true");

    assertThatThrownBy(() -> InternalClusterBackend.requireFixedExecutors(conf))
        .hasMessageContaining("spark.dynamicAllocation.enabled=true")
        .hasMessageContaining("spark.ext.h2o.backend.cluster.mode=external")
        .hasMessageContaining("spark.dynamicAllocation.enabled=false");
  }

  @Test
  void fixedExecutorsPass() {
    InternalClusterBackend.requireFixedExecutors(new SparkConf(false));
    InternalClusterBackend.requireFixedExecutors(new SparkConf(false).set("spark.dynamicAllocation.enabled", "false"));
  }

  @Test
  void expectsTheExecutorsTheApplicationAskedFor() {
    assertThat(ExecutorDiscovery.expectedExecutors(new SparkConf(false).set("spark.executor.instances", "3"))).isEqualTo(3);
    assertThat(ExecutorDiscovery.expectedExecutors(
            new SparkConf(false).set("spark.master", "spark://host:7077").set("spark.cores.max", "8")
                .set("spark.executor.cores", "2")))
        .isEqualTo(4);
    assertThat(ExecutorDiscovery.expectedExecutors(new SparkConf(false).set("spark.master", "yarn"))).isZero();
  }

  @Test
  void pinsTasksToTheExecutorNotJustItsHost() {
    assertThat(new SparkExecutor("7", "10.0.0.1").taskLocation()).isEqualTo("executor_10.0.0.1_7");
    assertThat(new SparkExecutor("10", "h").compareTo(new SparkExecutor("9", "h"))).isPositive();
  }
}
