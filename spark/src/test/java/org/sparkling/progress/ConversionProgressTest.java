package org.sparkling.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sparkling.H2OContext;
import org.sparkling.LocalSpark;
import scala.jdk.javaapi.CollectionConverters;
import scala.reflect.ClassTag$;

/** {@code asH2OFrame} on a real session and H2O node shows the partitions written, as lines or as a bar, or nothing. */
class ConversionProgressTest {
  private static final Pattern COUNT = Pattern.compile("Converting 'progress_\\w+' to H2O: (\\d+)/40 partitions \\(\\d+%\\)");
  private static SparkSession spark;
  private static H2OContext hc;

  @BeforeAll
  static void startSpark() {
    spark = LocalSpark.start("ConversionProgressTest");
    hc = H2OContext.getOrCreate(spark);
  }

  @AfterAll
  static void stopSpark() {
    spark.stop();
  }

  /**
   * 40 partitions of 100 rows; each partition pauses a little so that the conversion takes long enough (about a second
   * on two cores) for the counting to be seen on its way.
   */
  private static Dataset<Row> fortyPartitions() {
    MapPartitionsFunction<Long, Long> slowly = rows -> {
      Thread.sleep(25);
      return rows;
    };
    return spark.range(0, 4000, 1, 40).mapPartitions(slowly, Encoders.LONG()).toDF("n");
  }

  @Test
  void linesCountThePartitionsUpToTheTotalAndEndWithAFinalLine() {
    List<String> lines;
    try (CapturedProgress progress = CapturedProgress.lines(hc)) {
      hc.asH2OFrame(fortyPartitions(), "progress_lines");
      lines = progress.lines();
    }

    assertThat(lines).hasSizeGreaterThanOrEqualTo(2);
    assertThat(lines.get(lines.size() - 1)).matches("Converting 'progress_lines' to H2O: 40/40 partitions \\(100%\\), done in \\d+\\.\\d s");
    List<Integer> counts = lines.subList(0, lines.size() - 1).stream().map(ConversionProgressTest::count).toList();
    assertThat(counts).as("the partitions done, line by line: %s", lines).isSorted().doesNotHaveDuplicates().allMatch(n -> n >= 1);
    assertThat(counts.get(counts.size() - 1)).isLessThanOrEqualTo(40);
    assertThat(CollectionConverters.asJava(
            spark.sparkContext().listenerBus().findListenersByClass(ClassTag$.MODULE$.apply(ComputedPartitions.class))))
        .as("the listener is removed after the conversion")
        .isEmpty();
  }

  @Test
  void writingWithTheDataSourceCountsThePartitionsToo() {
    List<String> lines;
    try (CapturedProgress progress = CapturedProgress.lines(hc)) {
      fortyPartitions().write().format("h2o").mode("overwrite").save("progress_source");
      lines = progress.lines();
    }

    assertThat(lines).hasSizeGreaterThanOrEqualTo(2);
    assertThat(lines.get(lines.size() - 1)).matches("Converting 'progress_source' to H2O: 40/40 partitions \\(100%\\), done in \\d+\\.\\d s");
    assertThat(lines.subList(0, lines.size() - 1).stream().map(ConversionProgressTest::count).toList())
        .isSorted()
        .doesNotHaveDuplicates();
  }

  @Test
  void aFailedConversionEndsWithAFailedLine() {
    MapPartitionsFunction<Long, Long> failing = rows -> {
      throw new IllegalStateException("the source went away");
    };
    Dataset<Row> broken = spark.range(0, 40, 1, 4).mapPartitions(failing, Encoders.LONG()).toDF("n");

    List<String> lines;
    try (CapturedProgress progress = CapturedProgress.lines(hc)) {
      assertThatThrownBy(() -> hc.asH2OFrame(broken, "progress_failed")).hasMessageContaining("the source went away");
      lines = progress.lines();
    }

    assertThat(lines).last().asString()
        .startsWith("Converting 'progress_failed' to H2O: 0/4 partitions (0%), failed after ")
        .contains("the source went away");
  }

  @Test
  void theBarReachesTheTotal() {
    String drawn;
    List<String> lines;
    try (CapturedProgress progress = CapturedProgress.bar(hc)) {
      hc.asH2OFrame(fortyPartitions(), "progress_bar");
      drawn = progress.text();
      lines = progress.lines();
    }

    assertThat(drawn).endsWith(System.lineSeparator());
    assertThat(lines).last().asString()
        .contains("Converting 'progress_bar' to H2O")
        .contains("100%")
        .contains("40/40 partitions");
  }

  @Test
  void theContextChoseLinesOrABarAsItsJvmHasATerminal() {
    // spark.ext.h2o.progress=auto, the default; under Surefire the JVM writes to pipes, so lines.
    assertThat(hc.progressDisplay()).isInstanceOf(System.console() == null ? ProgressLines.class : ProgressBarDisplay.class);
  }

  @Test
  void offPrintsNothing() {
    try (CapturedProgress progress = CapturedProgress.off(hc)) {
      hc.asH2OFrame(fortyPartitions(), "progress_off");
      assertThat(progress.text()).isEmpty();
    }

    assertThat(hc.frame("progress_off").description().rows()).isEqualTo(4000);
  }

  private static int count(String line) {
    Matcher matcher = COUNT.matcher(line);
    assertThat(matcher.lookingAt()).as("a progress line: %s", line).isTrue();
    return Integer.parseInt(matcher.group(1));
  }
}
