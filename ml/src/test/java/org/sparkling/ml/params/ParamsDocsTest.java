package org.sparkling.ml.params;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sparkling.GeneratedDocs;

/** docs/params.md is generated from the params specs and the estimators' Spark params; this keeps it in step. */
class ParamsDocsTest {

  @Test
  void theCommittedPageMatchesTheParams() {
    GeneratedDocs.requireCurrent(
        GeneratedDocs.repositoryRoot().resolve("docs/params.md"), ParamsDocs.render(), ParamsDocs.REGENERATE);
  }

  @Test
  void everySpecOfEveryAlgorithmHasOneRowUnderItsHeading() {
    List<String> lines = Arrays.asList(ParamsDocs.render().split("\n"));
    for (ParamsDocs.Algorithm algorithm : ParamsDocs.ALGORITHMS) {
      int heading = lines.indexOf("## " + algorithm.title());
      assertThat(heading).as("heading of %s", algorithm.title()).isPositive();
      int header = heading + 4;
      assertThat(lines.get(header)).isEqualTo("| Spark param | H2O name | type | default | description |");
      for (int row = 0; row < algorithm.specs().size(); row++) {
        H2OParamSpec spec = algorithm.specs().get(row);
        assertThat(lines.get(header + 2 + row))
            .startsWith("| `" + spec.name() + "` | `" + spec.h2oName() + "` | " + spec.type().name().toLowerCase() + " | ");
      }
      assertThat(lines.get(header + 2 + algorithm.specs().size())).as("after the table of %s", algorithm.title()).isEmpty();
    }
  }

  @Test
  void rowsShowDefaultsAndLimits() {
    assertThat(ParamsDocs.render())
        .contains("| `maxDepth` | `max_depth` | int | `5` | Maximum tree depth (0 for unlimited). In [0.0, inf). |")
        .contains("| `labelCol` | string | `label` | The column to predict. *(supervised)* |")
        .contains("## AutoML")
        .contains("| `maxModels` | int | `0` |");
  }
}
