package org.sparkling.ml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
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
import org.sparkling.ml.browser.HeadlessChromium;

/** {@code hc.flowURL()} opened in a real headless Chromium shows the frame and the model that Spark put into H2O. */
class FlowUITest {
  private static final String FRAME = "flights_from_spark_in_flow";
  private static SparkSession spark;

  @BeforeAll
  static void startSpark() {
    spark = LocalSpark.start("FlowUITest");
  }

  @AfterAll
  static void stopSpark() {
    spark.stop();
  }

  @Test
  void flowOpensWithTheFramesAndModelsMadeInSpark(@TempDir Path browserFolder) throws Exception {
    H2OContext hc = H2OContext.getOrCreate(spark);
    Dataset<Row> flights = H2OGBMTest.syntheticFlights(spark, 400, 5);
    hc.asH2OFrame(flights, FRAME);
    H2OMOJOModel gbm = new H2OGBM()
        .setLabelCol("late")
        .setFeaturesCols("distance", "hour", "origin")
        .setNtrees(5)
        .setMaxDepth(3)
        .setSeed(1)
        .setKeepBinaryModels(true)
        .fit(flights);
    String model = ClusterSnapshot.h2oModelId(gbm);
    assertThat(hc.client().modelIds()).as("models kept on H2O by keepBinaryModels").contains(model);
    Path screenshot = Path.of("target/flow-ui/flow.png");

    try (HeadlessChromium chromium = HeadlessChromium.start(browserFolder.resolve("profile"))) {
      chromium.open(hc.flowURL());
      await("Flow listing the frame " + FRAME + " and the model " + model)
          .atMost(Duration.ofMinutes(2))
          .pollInterval(Duration.ofMillis(500))
          .untilAsserted(() -> assertThat(chromium.text()).contains(FRAME).contains(model));
      chromium.screenshot(screenshot);
    } finally {
      hc.client().deleteModel(model);
      hc.client().frameIds().stream().filter(id -> id.equals(FRAME) || id.contains(gbm.uid())).forEach(hc.client()::deleteFrame);
    }

    BufferedImage image = ImageIO.read(screenshot.toFile());
    assertThat(image).as("a PNG image at %s", screenshot).isNotNull();
    assertThat(image.getWidth()).isEqualTo(1400);
    assertThat(distinctColours(image)).as("distinct colours on the screenshot").isGreaterThan(50);
  }

  private static int distinctColours(BufferedImage image) {
    Set<Integer> colours = new HashSet<>();
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        colours.add(image.getRGB(x, y));
      }
    }
    return colours.size();
  }
}
