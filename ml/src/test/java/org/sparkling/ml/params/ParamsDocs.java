package org.sparkling.ml.params;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.spark.ml.param.Param;
import org.apache.spark.ml.param.Params;
import org.sparkling.ml.H2OAutoML;
import org.sparkling.ml.H2ODRF;
import org.sparkling.ml.H2ODeepLearning;
import org.sparkling.ml.H2OGBM;
import org.sparkling.ml.H2OGLM;
import org.sparkling.ml.H2OGridSearch;
import org.sparkling.ml.H2OIsolationForest;
import org.sparkling.ml.H2OKMeans;
import org.sparkling.ml.H2OXGBoost;

/**
 * Renders docs/params.md: one table per algorithm from its {@code H2O<Algo>Params.PARAMS} specs, and the params of the
 * estimators themselves, of {@link H2OAutoML} and of {@link H2OGridSearch} from their Spark params.
 */
final class ParamsDocs {
  static final String REGENERATE =
      "mvn -B -o -q -pl ml -am test -Dtest=ParamsDocsTest -Dsurefire.failIfNoSpecifiedTests=false -Dsparkling.docs.write=true";

  /** An algorithm's section: its estimators, and its specs. */
  record Algorithm(String title, List<String> estimators, List<H2OParamSpec> specs) {}

  static final List<Algorithm> ALGORITHMS =
      List.of(
          new Algorithm("Gradient Boosting Machine", supervised("GBM"), H2OGBMParams.PARAMS),
          new Algorithm("Distributed Random Forest", supervised("DRF"), H2ODRFParams.PARAMS),
          new Algorithm("XGBoost", supervised("XGBoost"), H2OXGBoostParams.PARAMS),
          new Algorithm("Generalized Linear Model", supervised("GLM"), H2OGLMParams.PARAMS),
          new Algorithm("Deep Learning", supervised("DeepLearning"), H2ODeepLearningParams.PARAMS),
          new Algorithm("K-Means", List.of("H2OKMeans"), H2OKMeansParams.PARAMS),
          new Algorithm("Isolation Forest", List.of("H2OIsolationForest"), H2OIsolationForestParams.PARAMS));

  private ParamsDocs() {}

  static String render() {
    StringBuilder doc = new StringBuilder();
    doc.append("# Algorithms and parameters\n\n");
    doc.append("<!-- Generated from the H2O<Algo>Params specs and the estimators' Spark params by ParamsDocsTest; do not\n");
    doc.append("     edit by hand. Regenerate: ").append(REGENERATE).append(" -->\n\n");
    doc.append("Every parameter is a Spark ML param of the estimator (package `org.sparkling.ml`) with a typed setter and getter:\n");
    doc.append("`new H2OGBM().setMaxDepth(6)`, `getMaxDepth()`; `explainParams()` prints them with their values. H2O's own\n");
    doc.append("parameters keep H2O's names camel-cased (`max_depth` is `maxDepth`); only the ones set explicitly are sent to H2O,\n");
    doc.append("which applies its own defaults (shown here) to the rest. Enum values match ignoring case; a value H2O would refuse\n");
    doc.append("fails in the setter, naming the estimator and what H2O accepts. How training and scoring work:\n");
    doc.append("[estimators.md](estimators.md) and [models.md](models.md).\n\n");
    doc.append("## Contents\n\n");
    doc.append("- [Parameters of every estimator](#parameters-of-every-estimator)\n");
    for (Algorithm algorithm : ALGORITHMS) {
      doc.append("- [").append(algorithm.title()).append("](#").append(anchor(algorithm.title())).append("): ")
          .append(algorithm.estimators().stream().map(name -> "`" + name + "`").collect(Collectors.joining(", ")))
          .append('\n');
    }
    doc.append("- [AutoML](#automl): `H2OAutoML`\n");
    doc.append("- [Grid search](#grid-search): `H2OGridSearch`\n\n");

    Set<String> common = sparkParamNames(new H2OGBM());
    common.removeAll(specNames(H2OGBMParams.PARAMS));
    Set<String> unsupervised = sparkParamNames(new H2OKMeans());
    doc.append("## Parameters of every estimator\n\n");
    doc.append("Not H2O's: they say which columns to learn from and where the model writes its predictions. The scoring ones\n");
    doc.append("are copied to the fitted `H2OMOJOModel`. `H2OKMeans` and `H2OIsolationForest` have no label, so they lack the\n");
    doc.append("ones marked *supervised*.\n\n");
    doc.append("| Spark param | type | default | description |\n");
    doc.append("| --- | --- | --- | --- |\n");
    H2OGBM gbm = new H2OGBM();
    for (Param<?> param : gbm.params()) {
      if (common.contains(param.name())) {
        String description = sentence(param.doc()) + (unsupervised.contains(param.name()) ? "" : " *(supervised)*");
        doc.append(row("`" + param.name() + "`", typeOf(param), defaultOf(gbm, param), description));
      }
    }
    for (Algorithm algorithm : ALGORITHMS) {
      doc.append("\n## ").append(algorithm.title()).append("\n\n");
      doc.append(algorithm.estimators().stream().map(name -> "`" + name + "`").collect(Collectors.joining(", ")))
          .append(algorithm.estimators().size() > 1
              ? ": the same parameters; the first decides classification or regression from the label's type.\n\n"
              : ".\n\n");
      doc.append("| Spark param | H2O name | type | default | description |\n");
      doc.append("| --- | --- | --- | --- | --- |\n");
      for (H2OParamSpec spec : algorithm.specs()) {
        String description = sentence(spec.help()) + spec.limits().map(limits -> " " + limits + ".").orElse("");
        doc.append(row("`" + spec.name() + "`", "`" + spec.h2oName() + "`", spec.type().name().toLowerCase(),
            value(spec.defaultValue()), description));
      }
    }
    sparkParamsSection(doc, "AutoML", new H2OAutoML(), common,
        "`H2OAutoML` trains models of several algorithms within the limits set here and returns the leader; it has the\n"
            + "parameters of every estimator above (supervised), and these:");
    sparkParamsSection(doc, "Grid search", new H2OGridSearch(), common,
        "`H2OGridSearch` trains one algorithm (`setAlgo(new H2OGBM())`) over a grid of hyper-parameters\n"
            + "(`setHyperParameters`, by the Spark names above) and returns the best model; it has the parameters of every\n"
            + "estimator above (supervised), and these:");
    return doc.toString();
  }

  private static void sparkParamsSection(StringBuilder doc, String title, Params estimator, Set<String> common, String intro) {
    doc.append("\n## ").append(title).append("\n\n").append(intro).append("\n\n");
    doc.append("| Spark param | type | default | description |\n");
    doc.append("| --- | --- | --- | --- |\n");
    for (Param<?> param : estimator.params()) {
      if (!common.contains(param.name())) {
        doc.append(row("`" + param.name() + "`", typeOf(param), defaultOf(estimator, param), sentence(param.doc())));
      }
    }
  }

  private static List<String> supervised(String algorithm) {
    return List.of("H2O" + algorithm, "H2O" + algorithm + "Classifier", "H2O" + algorithm + "Regressor");
  }

  private static Set<String> sparkParamNames(Params params) {
    return Arrays.stream(params.params()).map(Param::name).collect(Collectors.toCollection(LinkedHashSet::new));
  }

  private static Set<String> specNames(List<H2OParamSpec> specs) {
    return specs.stream().map(H2OParamSpec::name).collect(Collectors.toSet());
  }

  private static String row(String... cells) {
    return "| " + Arrays.stream(cells).map(cell -> cell.replace("|", "\\|").replace("\n", " "))
        .collect(Collectors.joining(" | ")) + " |\n";
  }

  private static String defaultOf(Params owner, Param<?> param) {
    return owner.hasDefault(param) ? value(owner.getDefault(param).get()) : "*(none)*";
  }

  private static String value(Object value) {
    if (value == null) {
      return "*(none)*";
    }
    String text;
    if (value instanceof String[] strings) {
      text = Arrays.toString(strings);
    } else if (value instanceof int[] ints) {
      text = Arrays.toString(ints);
    } else if (value instanceof double[] doubles) {
      text = Arrays.toString(doubles);
    } else {
      text = value.toString();
    }
    return text.isEmpty() ? "*(empty)*" : "`" + text + "`";
  }

  /** The Spark param's value type, as a user of the setter sees it. */
  private static String typeOf(Param<?> param) {
    String name = param.getClass().getSimpleName();
    return switch (name) {
      case "Param" -> "string";
      case "StringArrayParam" -> "strings";
      case "IntArrayParam" -> "ints";
      case "DoubleArrayParam" -> "doubles";
      default -> name.replace("Param", "").toLowerCase();
    };
  }

  private static String sentence(String text) {
    String trimmed = text.strip();
    return capitalized(trimmed.matches(".*[.!?]$") ? trimmed : trimmed + ".");
  }

  private static String capitalized(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  private static String anchor(String title) {
    return title.toLowerCase().replace(' ', '-');
  }
}
