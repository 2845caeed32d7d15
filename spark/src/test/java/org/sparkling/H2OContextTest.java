package org.sparkling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class H2OContextTest {
  private static SparkSession spark;

  @BeforeAll
  static void startSpark() {
    spark = LocalSpark.start("H2OContextTest");
  }

  @AfterAll
  static void stopSpark() {
    spark.stop();
  }

  @Test
  void startsOneEmbeddedNodeAndReturnsTheSameContextTwice() {
    H2OContext hc = H2OContext.getOrCreate(spark);
    assertThat(H2OContext.getOrCreate(spark)).isSameAs(hc);
    assertThat(hc.cloud().cloudSize()).isEqualTo(1);
    assertThat(hc.cloud().version()).isEqualTo("3.44.0.1");
    assertThat(hc.restApi().getHost()).isEqualTo("127.0.0.1");
    assertThat(hc.restApi().getPort()).isGreaterThanOrEqualTo(new H2OConf(spark.sparkContext().conf()).basePort());
  }

  @Test
  void flowAnswersAtItsUrl() throws Exception {
    H2OContext hc = H2OContext.getOrCreate(spark);
    HttpResponse<String> flow = get(URI.create(hc.flowURL()));
    assertThat(flow.statusCode()).isEqualTo(200);
    assertThat(flow.body()).contains("<html").contains("js/flow.js").contains("'getFrames'").contains("'getModels'");

    HttpResponse<String> plainFlow = get(hc.restApi().resolve("/flow/index.html"));
    assertThat(plainFlow.statusCode()).isEqualTo(200);
    assertThat(plainFlow.body()).contains("js/flow.js").doesNotContain("'getFrames'");
  }

  private static HttpResponse<String> get(URI uri) throws Exception {
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void keepsLogsAndIceUnderTheApplicationsWorkFolder() throws Exception {
    H2OContext.getOrCreate(spark);
    Path work = Path.of("target/sparkling-work");
    assertThat(work.resolve("logs/h2o.log")).isNotEmptyFile().content().contains("H2O cloud name");
    assertThat(Files.isDirectory(work.resolve("ice"))).isTrue();
  }

  @Test
  void printsAReadableTable() {
    String report = H2OContext.getOrCreate(spark).toString();
    assertThat(report)
        .contains("internal, one H2O node embedded in this JVM")
        .contains("3.44.0.1")
        .contains("/flow/sparkling.html")
        .contains("127.0.0.1:");
  }

  @Test
  void stopLeavesSparkUsableAndANewContextWorks() {
    H2OContext first = H2OContext.getOrCreate(spark);
    H2OFrame frame = first.asH2OFrame(spark.range(10).toDF("n"), "before_stop");
    first.stop();

    assertThat(first.isStopped()).isTrue();
    assertThat(spark.range(5).count()).isEqualTo(5);
    assertThatThrownBy(() -> first.asSparkFrame(frame))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("getOrCreate");

    H2OContext second = H2OContext.getOrCreate(spark);
    assertThat(second).isNotSameAs(first);
    assertThatThrownBy(() -> second.frame("before_stop")).hasMessageContaining("before_stop");
    assertThat(second.asSparkFrame(second.asH2OFrame(spark.range(3).toDF("n"))).count()).isEqualTo(3);
  }

  @Test
  void rejectsTheRetiredNonRestClient() {
    assertThatThrownBy(
            () -> org.sparkling.backend.Backends.start(
                spark.sparkContext(), new H2OConf().set(H2OOptions.REST_API_BASED_CLIENT, "false")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("spark.ext.h2o.rest.api.based.client");
  }
}
