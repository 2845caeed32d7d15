package org.sparkling.ml.params;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Writes {@code H2O<Algo>Params.java} from H2O's own parameter metadata ({@code GET /3/ModelBuilders/{algo}}): one typed
 * Spark {@code Param} per H2O parameter, camel-cased, with H2O's help text and default, enums checked against H2O's values.
 * {@link GeneratedParamsTest} keeps the committed sources equal to what this renders.
 */
final class ParametersGenerator {
  static final String REGENERATE =
      "mvn -B -o -q -pl ml -am test -Dtest=GeneratedParamsTest -Dsparkling.params.write=true"
          + " -Dsurefire.failIfNoSpecifiedTests=false";

  /**
   * One generated class: an algorithm's own params ({@code leaf}), or the params a family of algorithms shares word for word
   * (name, type, default, help, values), which its members' classes then leave out and inherit.
   */
  record Layer(String className, String parent, String title, List<String> algorithms, boolean leaf) {
    Path source(Path ml) {
      return ml.resolve("src/main/java/org/sparkling/ml/params/" + className + ".java");
    }

    boolean parentGenerated() {
      return parent.endsWith("Params");
    }
  }

  /** Parents first: each class extends the one named before it. */
  static final List<Layer> LAYERS =
      List.of(
          new Layer("H2OSupervisedParams", "H2OSupervisedEstimator", "supervised algorithms",
              List.of("gbm", "drf", "xgboost", "glm", "deeplearning"), false),
          new Layer("H2OSharedTreeParams", "H2OSupervisedParams", "tree algorithms", List.of("gbm", "drf"), false),
          new Layer("H2OGBMParams", "H2OSharedTreeParams", "Gradient Boosting Machine", List.of("gbm"), true),
          new Layer("H2ODRFParams", "H2OSharedTreeParams", "Distributed Random Forest", List.of("drf"), true),
          new Layer("H2OXGBoostParams", "H2OSupervisedParams", "XGBoost", List.of("xgboost"), true),
          new Layer("H2OGLMParams", "H2OSupervisedParams", "Generalized Linear Model", List.of("glm"), true),
          new Layer("H2ODeepLearningParams", "H2OSupervisedParams", "Deep Learning", List.of("deeplearning"), true),
          new Layer("H2OKMeansParams", "H2OEstimator", "K-Means", List.of("kmeans"), true),
          new Layer("H2OIsolationForestParams", "H2OEstimator", "Isolation Forest", List.of("isolationforest"), true));

  static List<String> algorithms() {
    return LAYERS.stream().filter(Layer::leaf).map(layer -> layer.algorithms().get(0)).toList();
  }

  /** Covered by the estimators' common params, or meaningless from Spark (frames, keys, paths on the nodes). */
  private static final Set<String> SKIPPED =
      Set.of(
          "model_id", "training_frame", "validation_frame", "response_column", "weights_column", "fold_column",
          "ignored_columns", "seed", "checkpoint", "export_checkpoints_dir", "in_training_checkpoints_dir",
          "in_training_checkpoints_tree_interval", "custom_metric_func", "custom_distribution_func",
          "validation_response_column", "offset_column");

  /**
   * Limits H2O's builders check but its metadata does not publish, by algorithm and H2O name: lower, upper, and whether
   * the lower bound is included. Checked when set, so a wrong value fails before any data moves.
   */
  private static final Map<String, double[]> RANGES =
      Map.ofEntries(
          Map.entry("gbm.ntrees", new double[] {1, Double.POSITIVE_INFINITY, 1}),
          Map.entry("drf.ntrees", new double[] {1, Double.POSITIVE_INFINITY, 1}),
          Map.entry("xgboost.ntrees", new double[] {1, Double.POSITIVE_INFINITY, 1}),
          Map.entry("isolationforest.ntrees", new double[] {1, Double.POSITIVE_INFINITY, 1}),
          Map.entry("gbm.max_depth", new double[] {0, Double.POSITIVE_INFINITY, 1}),
          Map.entry("drf.max_depth", new double[] {0, Double.POSITIVE_INFINITY, 1}),
          Map.entry("xgboost.max_depth", new double[] {0, Double.POSITIVE_INFINITY, 1}),
          Map.entry("gbm.learn_rate", new double[] {0, 1, 0}),
          Map.entry("xgboost.learn_rate", new double[] {0, 1, 0}),
          Map.entry("gbm.sample_rate", new double[] {0, 1, 0}),
          Map.entry("drf.sample_rate", new double[] {0, 1, 0}),
          Map.entry("xgboost.sample_rate", new double[] {0, 1, 0}),
          Map.entry("gbm.col_sample_rate", new double[] {0, 1, 0}),
          Map.entry("xgboost.col_sample_rate", new double[] {0, 1, 0}),
          Map.entry("kmeans.k", new double[] {1, Double.POSITIVE_INFINITY, 1}),
          Map.entry("deeplearning.epochs", new double[] {0, Double.POSITIVE_INFINITY, 0}),
          Map.entry("glm.max_iterations", new double[] {-1, Double.POSITIVE_INFINITY, 1}));

  private static final Set<String> COMMON_RANGED = Set.of("stopping_rounds", "stopping_tolerance", "max_runtime_secs", "nfolds");

  private ParametersGenerator() {}

  /** The Java source of every layer, by layer, from each algorithm's parameter metadata. */
  static Map<Layer, String> render(String h2oVersion, Map<String, JsonNode> metadata) {
    Map<Layer, String> sources = new java.util.LinkedHashMap<>();
    Map<String, List<Parameter>> inherited = new java.util.HashMap<>();
    for (Layer layer : LAYERS) {
      List<Parameter> own = new ArrayList<>();
      List<String> left = new ArrayList<>();
      String first = layer.algorithms().get(0);
      for (JsonNode node : metadata.get(first)) {
        String name = node.path("name").asText();
        Kind kind = Kind.of(node.path("type").asText());
        if (SKIPPED.contains(name) || kind == null) {
          left.add(name);
          continue;
        }
        Parameter parameter = new Parameter(name, kind, node, range(first, name));
        boolean shared = layer.algorithms().stream().allMatch(algorithm -> has(metadata.get(algorithm), parameter, algorithm));
        boolean above = inherited.getOrDefault(layer.parent(), List.of()).stream().anyMatch(p -> p.h2oName().equals(name));
        if (shared && !above) {
          own.add(parameter);
        }
      }
      List<Parameter> all = new ArrayList<>(inherited.getOrDefault(layer.parent(), List.of()));
      all.addAll(own);
      inherited.put(layer.className(), all);
      sources.put(layer, new Source(layer, h2oVersion, own, left).render());
    }
    return sources;
  }

  /** Whether the algorithm's metadata has this parameter word for word, with the same limits. */
  private static boolean has(JsonNode parameters, Parameter parameter, String algorithm) {
    for (JsonNode node : parameters) {
      if (node.path("name").asText().equals(parameter.h2oName())) {
        return node.path("type").equals(parameter.metadata().path("type"))
            && node.path("help").equals(parameter.metadata().path("help"))
            && node.path("default_value").equals(parameter.metadata().path("default_value"))
            && node.path("values").equals(parameter.metadata().path("values"))
            && java.util.Arrays.equals(range(algorithm, parameter.h2oName()), parameter.range());
      }
    }
    return false;
  }

  private static double[] range(String algorithm, String name) {
    double[] range = RANGES.get(algorithm + "." + name);
    if (range == null && COMMON_RANGED.contains(name)) {
      return new double[] {0, Double.POSITIVE_INFINITY, 1};
    }
    return range;
  }

  /** {@code max_depth} -> {@code maxDepth}; {@code HGLM} -> {@code hglm}. */
  static String camelCase(String h2oName) {
    String[] parts = h2oName.split("_");
    StringBuilder name = new StringBuilder(parts[0].toLowerCase(Locale.ROOT));
    for (int i = 1; i < parts.length; i++) {
      if (!parts[i].isEmpty()) {
        name.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
      }
    }
    return name.toString();
  }

  static String capitalized(String name) {
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  /** H2O's metadata types this generator exposes, with their Spark param and Java types. */
  enum Kind {
    INT("int", "IntParam", "int", "Integer"),
    LONG("long", "LongParam", "long", "Long"),
    FLOAT("float", "FloatParam", "float", "Float"),
    DOUBLE("double", "DoubleParam", "double", "Double"),
    BOOLEAN("boolean", "BooleanParam", "boolean", "Boolean"),
    STRING("string", "Param<String>", "String", "String"),
    ENUM("enum", "Param<String>", "String", "String"),
    STRINGS("string[]", "StringArrayParam", "String[]", "String[]"),
    INTS("int[]", "IntArrayParam", "int[]", "int[]"),
    DOUBLES("double[]", "DoubleArrayParam", "double[]", "double[]");

    final String h2oType;
    final String paramType;
    final String javaType;
    final String boxedType;

    Kind(String h2oType, String paramType, String javaType, String boxedType) {
      this.h2oType = h2oType;
      this.paramType = paramType;
      this.javaType = javaType;
      this.boxedType = boxedType;
    }

    static Kind of(String h2oType) {
      for (Kind kind : values()) {
        if (kind.h2oType.equals(h2oType)) {
          return kind;
        }
      }
      return null;
    }

    boolean nullable() {
      return this == STRING || this == ENUM || this == STRINGS || this == INTS || this == DOUBLES;
    }

    boolean numeric() {
      return this == INT || this == LONG || this == FLOAT || this == DOUBLE;
    }
  }

  /** One H2O parameter as the generator sees it. */
  record Parameter(String h2oName, Kind kind, JsonNode metadata, double[] range) {
    String name() {
      return camelCase(h2oName);
    }

    String help() {
      return metadata.path("help").asText("").strip();
    }

    List<String> values() {
      List<String> values = new ArrayList<>();
      metadata.path("values").forEach(value -> values.add(value.asText()));
      return values;
    }

    /** H2O's default as a Java literal, or null when H2O has none. */
    String defaultLiteral() {
      JsonNode value = metadata.path("default_value");
      if (value.isNull() || value.isMissingNode()) {
        return null;
      }
      return switch (kind) {
        case INT -> Integer.toString(value.asInt());
        case LONG -> value.asLong() + "L";
        case FLOAT -> floating(value, "f", "Float");
        case DOUBLE -> floating(value, "", "Double");
        case BOOLEAN -> Boolean.toString(value.asBoolean());
        case STRING, ENUM -> value.asText().isEmpty() && kind == Kind.ENUM ? null : Source.quoted(value.asText());
        case STRINGS -> array(value, "String", node -> Source.quoted(node.asText()));
        case INTS -> array(value, "int", node -> Integer.toString(node.asInt()));
        case DOUBLES -> array(value, "double", node -> floating(node, "", "Double"));
      };
    }

    private static String floating(JsonNode value, String suffix, String boxed) {
      if (value.isTextual()) {
        return switch (value.asText()) {
          case "Infinity" -> boxed + ".POSITIVE_INFINITY";
          case "-Infinity" -> boxed + ".NEGATIVE_INFINITY";
          default -> boxed + ".NaN";
        };
      }
      double number = value.asDouble();
      if (suffix.equals("f") && (float) number == Float.MAX_VALUE) {
        return "Float.MAX_VALUE";
      }
      if (number == Double.MAX_VALUE) {
        return boxed + ".MAX_VALUE";
      }
      return suffix.equals("f") ? Float.toString((float) number) + "f" : Double.toString(number);
    }

    private static String array(JsonNode value, String type, java.util.function.Function<JsonNode, String> element) {
      if (!value.isArray()) {
        return null;
      }
      List<String> elements = new ArrayList<>();
      value.forEach(node -> elements.add(element.apply(node)));
      return "new " + type + "[] {" + String.join(", ", elements) + "}";
    }

    String rangeText() {
      if (range == null) {
        return null;
      }
      String lower = (range[2] == 1 ? "[" : "(") + Source.number(range[0]);
      String upper = Double.isInfinite(range[1]) ? "inf)" : Source.number(range[1]) + "]";
      return lower + ", " + upper;
    }

    String validator() {
      if (kind == Kind.ENUM && !values().isEmpty()) {
        return "ParamValidators.inArray(" + Source.constant(this) + ")";
      }
      if (range != null && kind.numeric()) {
        return "ParamValidators.inRange(" + Source.number(range[0]) + ", " + rangeUpper() + ", " + (range[2] == 1) + ", true)";
      }
      return null;
    }

    String rangeUpper() {
      return Double.isInfinite(range[1]) ? "Double.POSITIVE_INFINITY" : Source.number(range[1]);
    }
  }

  static String joined(List<String> values) {
    return values.stream().collect(Collectors.joining(", "));
  }
}
