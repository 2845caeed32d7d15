package org.sparkling.ml;

import hex.genmodel.MojoModel;
import hex.genmodel.easy.EasyPredictModelWrapper;
import hex.genmodel.easy.RowData;
import hex.genmodel.easy.exception.PredictException;
import hex.genmodel.easy.exception.PredictNumberFormatException;
import hex.genmodel.easy.exception.PredictUnknownCategoricalLevelException;
import java.util.Arrays;
import org.apache.spark.sql.Row;

/**
 * The MOJO's row through h2o-genmodel's own encoders, for MOJOs trained with a categorical encoding other than H2O's
 * default (one-hot explicit, binary, eigen, ...) or with their own row converter (GAM): slower, but exactly theirs.
 */
final class EncodedInput implements MojoInput {
  private final Encoder encoder;
  private final FeatureColumns features;

  EncodedInput(MojoModel model, FeatureColumns features, ScoringOptions options) {
    this.encoder = new Encoder(options.encodingConfig(model));
    this.features = features;
  }

  @Override
  public void fill(Row row, double[] raw) {
    RowData data = new RowData();
    String[] names = features.names();
    for (int i = 0; i < names.length; i++) {
      Object value = row.get(features.indices()[i]);
      if (value != null) {
        data.put(names[i], features.values().of(value));
      }
    }
    features.forEachNested(row, (name, value) -> data.put(name, features.values().of(value)));
    Arrays.fill(raw, Double.NaN);
    try {
      encoder.encode(data, raw);
    } catch (PredictUnknownCategoricalLevelException e) {
      throw MojoInput.unknownLevel(e.getColumnName(), e.getUnknownLevel(), e);
    } catch (PredictNumberFormatException e) {
      throw MojoInput.invalidNumber(e.getMessage(), e);
    } catch (PredictException e) {
      throw new IllegalArgumentException("The MOJO could not read the row " + data + ": " + e.getMessage(), e);
    }
  }

  /** h2o-genmodel's wrapper, only for its conversion of named values into the MOJO's row. */
  private static final class Encoder extends EasyPredictModelWrapper {
    private static final long serialVersionUID = 1L;

    Encoder(EasyPredictModelWrapper.Config config) {
      super(config);
    }

    void encode(RowData data, double[] raw) throws PredictException {
      fillRawData(data, raw);
    }
  }
}
