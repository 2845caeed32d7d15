package org.sparkling.ml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The leaderboard chart from a leaderboard table as H2O's AutoML makes it, without a cluster. */
class LeaderboardPlotTest {
  private static final StructType SCHEMA = new StructType().add("model_id", DataTypes.StringType)
      .add("rmse", DataTypes.DoubleType).add("mae", DataTypes.DoubleType).add("algo", DataTypes.StringType);

  @Test
  void drawsTheSortMetricOfUpToTwentyModelsAsAPng(@TempDir Path folder) throws IOException {
    List<Row> rows = new ArrayList<>();
    for (int i = 1; i <= 25; i++) {
      rows.add(RowFactory.create("GBM_grid_1_AutoML_1_20261207_84512_model_" + i, 10.0 + i, 5.0, "GBM"));
    }
    rows.add(RowFactory.create("DRF_1_AutoML_1_20261207_84512", null, 5.0, "DRF"));
    Path png = folder.resolve("leaderboard.png");

    LeaderboardPlot.write(new ModelTable(SCHEMA, rows), "AutoML leaderboard", png);

    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(image).isNotNull();
    assertThat(image.getWidth()).isEqualTo(ModelPlots.WIDTH);
    assertThat(image.getHeight()).isEqualTo(ModelPlots.HEIGHT);
  }

  @Test
  void namesModelsByWhatTellsThemApart() {
    assertThat(LeaderboardPlot.sharedEnding(List.of("GBM_1_AutoML_1_20261207_84512",
        "StackedEnsemble_AllModels_1_AutoML_1_20261207_84512"))).isEqualTo("_1_AutoML_1_20261207_84512");
    assertThat(LeaderboardPlot.sharedEnding(List.of("GBM_1_AutoML_1_x", "GBM_2_AutoML_1_x"))).isEqualTo("_AutoML_1_x");
    assertThat(LeaderboardPlot.sharedEnding(List.of("GBM_1_AutoML_1_x"))).isEmpty();
    assertThat(LeaderboardPlot.sharedEnding(List.of("a_1", "b_2"))).isEmpty();
  }

  @Test
  void explainsALeaderboardWithoutMetrics(@TempDir Path folder) {
    ModelTable empty = new ModelTable(SCHEMA, List.of(RowFactory.create("GBM_1", null, null, "GBM")));

    assertThatThrownBy(() -> LeaderboardPlot.write(empty, "AutoML leaderboard", folder.resolve("l.png")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no model has a rmse value");
  }
}
