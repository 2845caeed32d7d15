package org.sparkling.ml;

import hex.ModelCategory;
import hex.genmodel.MojoModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.ml.Model;
import org.apache.spark.ml.param.Param;
import org.apache.spark.ml.param.ParamMap;
import org.apache.spark.ml.param.StringArrayParam;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.ml.util.Identifiable$;
import org.sparkling.extension.ColumnType;

/**
 * A trained H2O model as a Spark ML transformer. It scores inside Spark's executors with H2O's MOJO (h2o-genmodel): no H2O
 * cluster is needed to score. A classifier writes the predicted label (boolean for a boolean label) and the class
 * probabilities as a vector, in the order of {@link #responseDomain()}; a regression writes a double.
 */
public final class H2OMOJOModel extends Model<H2OMOJOModel> {
  private static final long serialVersionUID = 1L;

  private final String uid;
  private final byte[] mojo;
  private final String fingerprint;
  private transient MojoModel loaded;
  private final StringArrayParam featuresCols;
  private final Param<String> predictionCol;
  private final Param<String> probabilityCol;

  H2OMOJOModel(String uid, byte[] mojo, String[] features) {
    this.uid = uid; // before the params: each takes its owner's uid
    this.featuresCols = new StringArrayParam(this, "featuresCols", "the columns the model reads");
    this.predictionCol = new Param<>(this, "predictionCol", "the column of the prediction");
    this.probabilityCol =
        new Param<>(this, "probabilityCol", "the column of a classifier's class probabilities, as a vector");
    this.mojo = mojo.clone();
    this.fingerprint = Mojos.fingerprint(mojo);
    setDefault(featuresCols, features.clone());
    setDefault(predictionCol, "prediction");
    setDefault(probabilityCol, "probability");
  }

  /** A model from a MOJO zip exported by H2O (any H2O 3.x up to h2o-genmodel's version); it reads every column the MOJO names. */
  public static H2OMOJOModel createFromMojo(Path mojoZip) {
    try {
      byte[] bytes = Files.readAllBytes(mojoZip);
      MojoModel model = Mojos.load(bytes);
      String[] features =
          Arrays.stream(model.getNames()).filter(name -> !name.equals(model.getResponseName())).toArray(String[]::new);
      return new H2OMOJOModel(Identifiable$.MODULE$.randomUID("H2OMOJOModel"), bytes, features);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the MOJO file " + mojoZip + ": " + e.getMessage(), e);
    }
  }

  @Override
  public String uid() {
    return uid;
  }

  public StringArrayParam featuresCols() {
    return featuresCols;
  }

  public Param<String> predictionCol() {
    return predictionCol;
  }

  public Param<String> probabilityCol() {
    return probabilityCol;
  }

  public String[] getFeaturesCols() {
    return $(featuresCols);
  }

  public String getPredictionCol() {
    return $(predictionCol);
  }

  public String getProbabilityCol() {
    return $(probabilityCol);
  }

  public H2OMOJOModel setPredictionCol(String column) {
    set(predictionCol, column);
    return this;
  }

  public H2OMOJOModel setProbabilityCol(String column) {
    set(probabilityCol, column);
    return this;
  }

  /** The MOJO zip, e.g. to deploy it elsewhere. */
  public byte[] mojo() {
    return mojo.clone();
  }

  public void saveMojo(Path file) {
    try {
      Files.write(file, mojo);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the MOJO to " + file + ": " + e.getMessage(), e);
    }
  }

  /** H2O's kind of model: {@code Binomial}, {@code Multinomial}, {@code Regression}, ... */
  public String modelCategory() {
    return model().getModelCategory().name();
  }

  /** The classes of a classifier, in the order of the probability vector; empty for a regression. */
  public List<String> responseDomain() {
    String[] domain = model().getDomainValues(model().getResponseIdx());
    return domain == null ? List.of() : List.of(domain);
  }

  @Override
  public StructType transformSchema(StructType schema) {
    return outputSchema(schema).output();
  }

  @Override
  public Dataset<Row> transform(Dataset<?> dataset) {
    ModelSchema schema = outputSchema(dataset.schema());
    String[] features = getFeaturesCols();
    int[] indices = Arrays.stream(features).mapToInt(dataset.schema()::fieldIndex).toArray();
    Broadcast<byte[]> shared = JavaSparkContext.fromSparkContext(dataset.sparkSession().sparkContext()).broadcast(mojo);
    ZoneId zone = ZoneId.of(dataset.sparkSession().conf().get("spark.sql.session.timeZone"));
    MojoScorer scorer =
        new MojoScorer(fingerprint, shared, features, indices, new FeatureValues(zone), booleanLabel());
    return dataset.toDF().mapPartitions(scorer, Encoders.row(schema.output()));
  }

  @Override
  public H2OMOJOModel copy(ParamMap extra) {
    H2OMOJOModel copy = new H2OMOJOModel(uid, mojo, getFeaturesCols());
    return copyValues(copy, extra).setParent(parent());
  }

  private ModelSchema outputSchema(StructType input) {
    return ModelSchema.forScoring(input, getFeaturesCols(), getPredictionCol(), getProbabilityCol(), predictionType());
  }

  private DataType predictionType() {
    ModelCategory category = model().getModelCategory();
    if (category == ModelCategory.Binomial || category == ModelCategory.Multinomial) {
      return booleanLabel() ? DataTypes.BooleanType : DataTypes.StringType;
    }
    return DataTypes.DoubleType;
  }

  private boolean booleanLabel() {
    return ColumnType.BOOLEAN_LEVELS.equals(responseDomain());
  }

  private MojoModel model() {
    if (loaded == null) {
      loaded = Mojos.get(fingerprint, mojo);
    }
    return loaded;
  }
}
