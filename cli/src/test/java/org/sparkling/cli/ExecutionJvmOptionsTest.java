package org.sparkling.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class ExecutionJvmOptionsTest {
  @Test
  void forwardsHeapModuleFlagsAndPropertiesButNotAgents() {
    Properties properties = new Properties();
    properties.setProperty("spark.ext.h2o.base.port", "56321");
    properties.setProperty("user.home", "/home/ana");

    List<String> options = ExecutionJvmOptions.of(List.of("-Xmx6g", "--add-opens=java.base/java.nio=ALL-UNNAMED",
        "-XX:+IgnoreUnrecognizedVMOptions", "-javaagent:/jacoco.jar", "-agentlib:jdwp=transport=dt_socket",
        "-Dsparkling.caller.dir=/home/ana", "-Dspark.ext.h2o.base.port=56321"), properties);

    assertThat(options).containsExactly("-Xmx6g", "--add-opens=java.base/java.nio=ALL-UNNAMED",
        "-XX:+IgnoreUnrecognizedVMOptions", "-Dsparkling.caller.dir=/home/ana", "-Dspark.ext.h2o.base.port=56321");
  }

  @Test
  void addsTheSparkPropertiesSetInsideThisJvm() {
    Properties properties = new Properties();
    properties.setProperty("spark.ext.h2o.log.level", "WARN");

    assertThat(ExecutionJvmOptions.of(List.of("-Xmx1g"), properties))
        .containsExactly("-Xmx1g", "-Dspark.ext.h2o.log.level=WARN");
  }

  @Test
  void knowsTheMastersSparkTakes() {
    assertThat(List.of("local", "local[2]", "local[*]", "local[4, 3]", "local-cluster[2,1,1024]", "spark://h:7077", "yarn",
        "k8s://https://h:6443")).allMatch(SparkMaster::isValid);
    assertThat(List.of("lcoal", "local[two]", "local[2", "spark:/h", "", "mesos://h:5050"))
        .noneMatch(SparkMaster::isValid);
  }
}
