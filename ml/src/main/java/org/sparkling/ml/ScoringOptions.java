package org.sparkling.ml;

import java.io.IOException;
import java.io.Serializable;
import hex.genmodel.MojoModel;
import hex.genmodel.easy.EasyPredictModelWrapper;

/** What a scoring pass computes besides the prediction, and how it treats values the model never saw in training. */
record ScoringOptions(
    boolean detailed,
    boolean contributions,
    boolean leafNodeAssignments,
    boolean unknownCategoricalLevelsToNa,
    boolean invalidNumbersToNa)
    implements Serializable {

  /** h2o-genmodel's wrapper for these options; it fails clearly when the model cannot give contributions or leaves. */
  EasyPredictModelWrapper wrapper(MojoModel model) {
    EasyPredictModelWrapper.Config config =
        new EasyPredictModelWrapper.Config()
            .setModel(model)
            .setConvertUnknownCategoricalLevelsToNa(unknownCategoricalLevelsToNa)
            .setConvertInvalidNumbersToNa(invalidNumbersToNa);
    try {
      config.setEnableContributions(contributions).setEnableLeafAssignment(leafNodeAssignments);
    } catch (IOException | RuntimeException e) {
      throw new IllegalArgumentException(
          "A " + model.getModelCategory() + " " + model.getClass().getSimpleName() + " MOJO cannot give "
              + (contributions ? "SHAP contributions" : "leaf node assignments")
              + " (only tree models such as GBM, DRF and XGBoost can): " + e.getMessage()
              + "; set withContributions/withLeafNodeAssignments to false",
          e);
    }
    return new EasyPredictModelWrapper(config);
  }
}
