package org.sparkling.ml.params;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sparkling.H2OContext;
import org.sparkling.LocalSpark;
import org.sparkling.client.H2OClient;
import org.sparkling.ml.params.ParametersGenerator.Generated;

/**
 * The committed params sources ({@code H2O<Algo>Params.java}, {@code Has<Name>.java}) equal what H2O's own metadata renders
 * today, and no stale generated source is left; with {@code -Dsparkling.params.write=true} this test rewrites them first.
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
    List<Generated> sources = ParametersGenerator.render(version, metadata);
    Set<Path> rendered = sources.stream().map(generated -> generated.source(ml)).collect(Collectors.toSet());
    boolean write = Boolean.getBoolean("sparkling.params.write");
    for (Path stale : generatedSources(ml.resolve(ParametersGenerator.DIRECTORY))) {
      if (write && !rendered.contains(stale)) {
        Files.delete(stale);
      }
    }
    for (Generated generated : sources) {
      Path source = generated.source(ml);
      if (write) {
        Files.createDirectories(source.getParent());
        Files.writeString(source, generated.text(), StandardCharsets.UTF_8);
      }
      assertThat(source).as("%s is missing; generate it: %s", source, ParametersGenerator.REGENERATE).isRegularFile();
      assertThat(Files.readString(source, StandardCharsets.UTF_8))
          .as("%s is out of date with H2O %s's metadata; regenerate it: %s", source, version, ParametersGenerator.REGENERATE)
          .isEqualTo(generated.text());
    }
    assertThat(generatedSources(ml.resolve(ParametersGenerator.DIRECTORY)))
        .as("generated sources H2O %s no longer renders; regenerate: %s", version, ParametersGenerator.REGENERATE)
        .containsExactlyInAnyOrderElementsOf(rendered);
  }

  private static List<Path> generatedSources(Path directory) throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      List<Path> generated = new ArrayList<>();
      for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
        if (Files.readString(file, StandardCharsets.UTF_8).startsWith(ParametersGenerator.MARK)) {
          generated.add(file);
        }
      }
      return generated;
    }
  }

  @Test
  void writesEachSharedParametersAccessorsOnceAndEachAlgorithmsOwnHelpDefaultAndLimits() throws IOException {
    String common =
        "{\"name\": \"distribution\", \"type\": \"enum\", \"default_value\": \"AUTO\","
            + " \"help\": \"Distribution.\", \"values\": [\"AUTO\", \"bernoulli\"]},"
            + "{\"name\": \"checkpoint\", \"type\": \"Key<Model>\", \"default_value\": null, \"help\": \"-\"}";
    String ntrees = "{\"name\": \"ntrees\", \"type\": \"int\", \"default_value\": 50, \"help\": \"Number of trees.\"},";
    Map<String, JsonNode> metadata = new LinkedHashMap<>();
    ObjectMapper json = new ObjectMapper();
    for (String algorithm : ParametersGenerator.algorithms()) {
      metadata.put(algorithm, json.readTree("[" + ntrees + common + "]"));
    }
    metadata.put("glm", json.readTree("[{\"name\": \"ntrees\", \"type\": \"int\", \"default_value\": 7,"
        + " \"help\": \"Trees, the GLM way.\"}," + common + "]"));
    metadata.put("kmeans", json.readTree("[{\"name\": \"k\", \"type\": \"int\", \"default_value\": 1,"
        + " \"help\": \"The number of clusters.\"}," + common + "]"));
    Map<String, String> sources = new LinkedHashMap<>();
    ParametersGenerator.render("3.44.0.1", metadata).forEach(source -> sources.put(source.className(), source.text()));

    assertThat(sources).containsOnlyKeys("HasNtrees", "HasDistribution", "H2OGBMParams", "H2ODRFParams",
        "H2OXGBoostParams", "H2OGLMParams", "H2ODeepLearningParams", "H2OKMeansParams", "H2OIsolationForestParams");
    assertThat(sources.get("HasNtrees"))
        .contains("public interface HasNtrees<S> extends Params {")
        .contains("/** The parameter as gbm, drf, xgboost, isolationforest have it, word for word. */\n  H2OParamSpec SPEC =\n"
            + "      spec(INT, \"ntrees\", \"ntrees\", 50, \"Number of trees.\").atLeast(1);")
        .contains("/** H2O's ntrees; each algorithm's help text is in its param's doc. Its limits depend on the algorithm.")
        .contains("default IntParam ntrees() {\n    return Accessors.param(this, \"ntrees\");")
        .contains("default int getNtrees() {\n    return (Integer) getOrDefault(ntrees());")
        .contains("default S setNtrees(int value) {\n    set(ntrees(), Accessors.checked(this, ntrees(), value));");
    assertThat(sources.get("HasDistribution"))
        .contains("spec(ENUM, \"distribution\", \"distribution\", \"AUTO\", \"Distribution.\")\n"
            + "          .oneOf(\"AUTO\", \"bernoulli\");")
        .contains("/** Distribution. One of AUTO, bernoulli. H2O name: {@code distribution}. */");
    assertThat(sources.get("H2OGBMParams"))
        .contains("extends H2OSupervisedEstimator<S>\n    implements HasNtrees<S>, HasDistribution<S> {")
        .contains("List.of(\n          HasNtrees.SPEC,\n          HasDistribution.SPEC);")
        .contains("meaningless from Spark): checkpoint.")
        .contains("declare(PARAMS);")
        .contains("return \"gbm\";")
        .doesNotContain("ntrees()")
        .doesNotContain("import static");
    assertThat(sources.get("H2OGLMParams")).contains("spec(INT, \"ntrees\", \"ntrees\", 7, \"Trees, the GLM way.\"),");
    assertThat(sources.get("H2OKMeansParams"))
        .contains("extends H2OEstimator<S>\n    implements HasDistribution<S> {")
        .contains("public IntParam k() {")
        .contains("spec(INT, \"k\", \"k\", 1, \"The number of clusters.\").atLeast(1),");
  }

  @Test
  void namesAreCamelCasedFromH2Os() {
    assertThat(ParametersGenerator.camelCase("max_depth")).isEqualTo("maxDepth");
    assertThat(ParametersGenerator.camelCase("ntrees")).isEqualTo("ntrees");
    assertThat(ParametersGenerator.camelCase("HGLM")).isEqualTo("hglm");
    assertThat(ParametersGenerator.camelCase("col_sample_rate_per_tree")).isEqualTo("colSampleRatePerTree");
  }
}
