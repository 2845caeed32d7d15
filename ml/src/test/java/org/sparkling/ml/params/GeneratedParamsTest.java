package org.sparkling.ml.params;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sparkling.H2OContext;
import org.sparkling.LocalSpark;
import org.sparkling.client.H2OClient;
import org.sparkling.ml.params.ParametersGenerator.Layer;

/**
 * The committed {@code H2O<Algo>Params.java} sources equal what H2O's own metadata renders today; with
 * {@code -Dsparkling.params.write=true} this test rewrites them first.
 */
class GeneratedParamsTest {
  private static SparkSession spark;

  @BeforeAll
  static void startSpark() {
    spark = LocalSpark.start("GeneratedParamsTest");
  }

  @AfterAll
  static void stopSpark() {
    spark.stop();
  }

  @Test
  void theCommittedParamsMatchH2OsMetadata() throws IOException {
    H2OClient client = H2OContext.getOrCreate(spark).client();
    String version = client.cloud().version();
    Path ml = Path.of("").toAbsolutePath();
    Map<String, JsonNode> metadata = new LinkedHashMap<>();
    for (String algorithm : ParametersGenerator.algorithms()) {
      metadata.put(algorithm, client.modelBuilderParameters(algorithm));
    }
    for (Map.Entry<Layer, String> generated : ParametersGenerator.render(version, metadata).entrySet()) {
      Path source = generated.getKey().source(ml);
      String rendered = generated.getValue();
      if (Boolean.getBoolean("sparkling.params.write")) {
        Files.createDirectories(source.getParent());
        Files.writeString(source, rendered, StandardCharsets.UTF_8);
      }
      assertThat(source).as("%s is missing; generate it: %s", source, ParametersGenerator.REGENERATE).isRegularFile();
      assertThat(Files.readString(source, StandardCharsets.UTF_8))
          .as("%s is out of date with H2O %s's metadata; regenerate it: %s", source, version, ParametersGenerator.REGENERATE)
          .isEqualTo(rendered);
    }
  }

  @Test
  void rendersTypedParamsAndPutsWhatAlgorithmsShareInTheirFamilysClass() throws IOException {
    JsonNode parameters =
        new ObjectMapper()
            .readTree(
                "[{\"name\": \"ntrees\", \"type\": \"int\", \"default_value\": 50, \"help\": \"Number of trees.\"},"
                    + "{\"name\": \"distribution\", \"type\": \"enum\", \"default_value\": \"AUTO\","
                    + " \"help\": \"Distribution.\", \"values\": [\"AUTO\", \"bernoulli\"]},"
                    + "{\"name\": \"checkpoint\", \"type\": \"Key<Model>\", \"default_value\": null, \"help\": \"-\"}]");
    Map<String, JsonNode> metadata = new LinkedHashMap<>();
    ParametersGenerator.algorithms().forEach(algorithm -> metadata.put(algorithm, parameters));
    Map<String, String> sources = new LinkedHashMap<>();
    ParametersGenerator.render("3.44.0.1", metadata).forEach((layer, source) -> sources.put(layer.className(), source));

    assertThat(sources.get("H2OSupervisedParams"))
        .contains("new Param<>(this, \"distribution\", \"Distribution.\", ParamValidators.inArray(DISTRIBUTION_VALUES))")
        .contains("setDefault(distribution, \"AUTO\");")
        .contains("set(distribution, h2oEnumValue(\"distribution\", value, DISTRIBUTION_VALUES));")
        .doesNotContain("ntrees");
    assertThat(sources.get("H2OSharedTreeParams")) // same ntrees limit for gbm and drf only
        .contains("checkRange(\"ntrees\", value, 1, Double.POSITIVE_INFINITY, true);")
        .contains("Map.entry(\"ntrees\", \"ntrees\")");
    assertThat(sources.get("H2OGBMParams"))
        .contains("extends H2OSharedTreeParams<S>")
        .contains("meaningless from Spark): checkpoint.")
        .contains("return \"gbm\";")
        .doesNotContain("private final");
    assertThat(sources.get("H2OGLMParams")).contains("private final IntParam ntrees =").doesNotContain("checkRange");
  }

  @Test
  void namesAreCamelCasedFromH2Os() {
    assertThat(ParametersGenerator.camelCase("max_depth")).isEqualTo("maxDepth");
    assertThat(ParametersGenerator.camelCase("ntrees")).isEqualTo("ntrees");
    assertThat(ParametersGenerator.camelCase("HGLM")).isEqualTo("hglm");
    assertThat(ParametersGenerator.camelCase("col_sample_rate_per_tree")).isEqualTo("colSampleRatePerTree");
  }
}
