package org.sparkling.ml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sparkling.H2OContext;
import org.sparkling.LocalSpark;

class ModelPlotsTest {
  private static SparkSession spark;
  private static Dataset<Row> train;
  private static Dataset<Row> test;
  private static H2OMOJOModel classifier;
  private static H2OMOJOModel regression;

  @BeforeAll
  static void trainModels() {
    spark = LocalSpark.start("ModelPlotsTest");
    H2OContext.getOrCreate(spark);
    Dataset<Row>[] split = H2OGBMTest.syntheticFlights(spark, 1200, 5).randomSplit(new double[] {0.75, 0.25}, 3);
    train = split[0].cache();
    test = split[1].cache();
    classifier = new H2OGBM().setLabelCol("late").setFeaturesCols("distance", "hour", "origin").setNtrees(10).setSeed(1)
        .setValidationDataFrame(test).fit(train);
    regression = new H2OGBM().setLabelCol("delay").setFeaturesCols("distance", "hour", "origin").setNtrees(10).setSeed(1)
        .fit(train);
  }

  @AfterAll
  static void stopSpark() {
    spark.stop();
  }

  @Test
  void writesEachPlotAsAPngOfTheChartSize(@TempDir Path folder) throws IOException {
    Map<String, Consumer<Path>> plots = new LinkedHashMap<>();
    plots.put("roc.png", classifier::plotRoc);
    plots.put("importance.png", classifier::plotVariableImportance);
    plots.put("confusion.png", classifier::plotConfusionMatrix);
    plots.put("residuals.png", png -> regression.plotResiduals(png, regression.transform(test), "delay"));
    for (Map.Entry<String, Consumer<Path>> plot : plots.entrySet()) {
      Path png = folder.resolve(plot.getKey());
      plot.getValue().accept(png);
      assertThat(Files.size(png)).as(plot.getKey()).isPositive();
      BufferedImage image = ImageIO.read(png.toFile());
      assertThat(image).as(plot.getKey()).isNotNull();
      assertThat(image.getWidth()).isEqualTo(ModelPlots.WIDTH);
      assertThat(image.getHeight()).isEqualTo(ModelPlots.HEIGHT);
    }
  }

  @Test
  void drawsTheConfusionMatrixOfAMulticlassModelWithoutADisplay(@TempDir Path folder) throws IOException {
    H2OMOJOModel multiclass =
        new H2OGBM().setLabelCol("origin").setFeaturesCols("distance", "hour").setNtrees(3).setSeed(1).fit(train);
    assertThat(multiclass.modelCategory()).isEqualTo("Multinomial");
    Path png = folder.resolve("confusion.png");
    multiclass.plotConfusionMatrix(png);
    assertThat(ImageIO.read(png.toFile()).getWidth()).isEqualTo(ModelPlots.WIDTH);
    assertThat(GraphicsEnvironment.isHeadless()).isTrue();
  }

  @Test
  void plotsAModelSavedByTheFirstReleaseFromTheMetricsItKept(@TempDir Path folder) throws Exception {
    Path fixture = Path.of(getClass().getClassLoader().getResource(H2OMOJOModelPipelineTest.FIXTURE + "/model").toURI());
    H2OMOJOModel saved = H2OMOJOModel.load(fixture.toString());
    saved.plotRoc(folder.resolve("roc.png"));
    saved.plotConfusionMatrix(folder.resolve("confusion.png"));
    assertThat(ImageIO.read(folder.resolve("roc.png").toFile()).getWidth()).isEqualTo(ModelPlots.WIDTH);
    assertThat(ImageIO.read(folder.resolve("confusion.png").toFile()).getHeight()).isEqualTo(ModelPlots.HEIGHT);
  }

  @Test
  void refusesARocCurveOfARegressionNamingItsKind(@TempDir Path folder) {
    assertThatThrownBy(() -> regression.plotRoc(folder.resolve("roc.png")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Binomial")
        .hasMessageContaining("Regression model")
        .hasMessageContaining("plotResiduals");
    assertThatThrownBy(() -> regression.plotConfusionMatrix(folder.resolve("cm.png")))
        .hasMessageContaining("Regression model");
    assertThatThrownBy(() -> classifier.plotResiduals(folder.resolve("r.png"), classifier.transform(test), "late"))
        .hasMessageContaining("Binomial model");
  }

  @Test
  void refusesResidualsWithoutTheLabelColumn(@TempDir Path folder) {
    assertThatThrownBy(() -> regression.plotResiduals(folder.resolve("r.png"), regression.transform(test), "arrival"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no column arrival");
  }

  @Test
  void namesThePathItCannotWrite(@TempDir Path folder) {
    Path png = folder.resolve("missing").resolve("roc.png");
    assertThatThrownBy(() -> classifier.plotRoc(png))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining(png.toString());
  }

  @Test
  void explainsThatAMojoWithoutModelDetailsHasNoMetricsToPlot(@TempDir Path folder) throws IOException {
    Path mojo = folder.resolve("bare.zip");
    Files.write(mojo, withoutModelDetails(classifier.mojo()));
    H2OMOJOModel bare = H2OMOJOModel.createFromMojo(mojo);

    assertThatThrownBy(() -> bare.plotRoc(folder.resolve("roc.png")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no metrics")
        .hasMessageContaining("modelDetails.json");
    assertThatThrownBy(() -> bare.plotConfusionMatrix(folder.resolve("cm.png"))).hasMessageContaining("no metrics");
    assertThatThrownBy(() -> bare.plotVariableImportance(folder.resolve("vi.png"))).hasMessageContaining("no metrics");
    assertThat(folder.resolve("roc.png")).doesNotExist();
  }

  private static byte[] withoutModelDetails(byte[] mojo) throws IOException {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(mojo));
        ZipOutputStream out = new ZipOutputStream(bytes)) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        if (!entry.getName().equals("experimental/modelDetails.json")) {
          out.putNextEntry(new ZipEntry(entry.getName()));
          out.write(in.readAllBytes());
          out.closeEntry();
        }
      }
    }
    return bytes.toByteArray();
  }
}
