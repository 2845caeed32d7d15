package org.sparkling.ml;

import hex.genmodel.MojoModel;
import hex.genmodel.easy.EasyPredictModelWrapper;
import java.io.IOException;
import java.io.Serializable;

/** What a scoring pass computes besides the prediction, and how it treats values the model never saw in training. */
record ScoringOptions(
    boolean detailed,
    boolean contributions,
    boolean leafNodeAssignments,
    boolean unknownCategoricalLevelsToNa,
    boolean invalidNumbersToNa)
    implements Serializable {

  /** Fails clearly, before any row is scored, when the model cannot give the contributions or leaves asked for. */
  void check(MojoModel model) {
    EasyPredictModelWrapper.Config config = new EasyPredictModelWrapper.Config().setModel(model);
    try {
      // h2o-genmodel's own rules (and reasons) for which MOJOs have contributions and leaves
      config.setEnableContributions(contributions).setEnableLeafAssignment(leafNodeAssignments);
    } catch (IOException | RuntimeException e) {
      throw new IllegalArgumentException(
          "A " + model.getModelCategory() + " " + model.getClass().getSimpleName() + " MOJO cannot give "
              + (contributions ? "SHAP contributions" : "leaf node assignments")
              + " (only tree models such as GBM, DRF and XGBoost can): " + e.getMessage()
              + "; set withContributions/withLeafNodeAssignments to false",
          e);
    }
  }

  /** h2o-genmodel's configuration for converting named values into the MOJO's row by these options. */
  EasyPredictModelWrapper.Config encodingConfig(MojoModel model) {
    return new EasyPredictModelWrapper.Config()
        .setModel(model)
        .setConvertUnknownCategoricalLevelsToNa(unknownCategoricalLevelsToNa)
        .setConvertInvalidNumbersToNa(invalidNumbersToNa);
  }
}
