package org.sparkling.logging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sparkling.H2OConf;
import org.sparkling.H2OContext;
import org.sparkling.LocalSpark;
import org.sparkling.backend.H2OLogLevel;

/** {@code spark.ext.h2o.log.level} takes H2O's levels in any case, and a typo fails before any H2O node starts. */
class LogLevelOptionTest {
  private static SparkSession spark;

  @BeforeAll
  static void startSpark() {
    spark = LocalSpark.start("LogLevelOptionTest");
  }

  @AfterAll
  static void stopSpark() {
    spark.stop();
  }

  @Test
  void anUnknownLevelFailsNamingTheOptionAndTheLevels() {
    for (String backend : new String[] {"internal", "external"}) {
      H2OConf conf = new H2OConf().setLogLevel("LOUD").set("spark.ext.h2o.backend.cluster.mode", backend);

      assertThatThrownBy(() -> H2OContext.getOrCreate(spark, conf))
          .as("backend %s", backend)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("'LOUD'")
          .hasMessageContaining("spark.ext.h2o.log.level")
          .hasMessageContaining("TRACE, DEBUG, INFO, WARN, ERRR, FATAL");
    }
  }

  @Test
  void levelsAreTakenInAnyCaseAndErrorMeansErrr() {
    assertThat(H2OLogLevel.of("debug")).isEqualTo(H2OLogLevel.DEBUG);
    assertThat(H2OLogLevel.of(" Warn ")).isEqualTo(H2OLogLevel.WARN);
    assertThat(H2OLogLevel.of("ERROR")).isEqualTo(H2OLogLevel.ERRR);
    assertThat(H2OLogLevel.of("errr").log4jName()).isEqualTo("ERROR");
    assertThat(H2OLogLevel.of("TRACE").log4jName()).isEqualTo("TRACE");
  }

  @Test
  void anEmptyLevelFailsToo() {
    assertThatThrownBy(() -> H2OLogLevel.of("")).hasMessageContaining("Invalid H2O log level ''");
  }
}
