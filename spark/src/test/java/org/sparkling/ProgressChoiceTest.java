package org.sparkling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintStream;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.sparkling.progress.ProgressBarDisplay;
import org.sparkling.progress.ProgressDisplay;
import org.sparkling.progress.ProgressLines;

/** {@code spark.ext.h2o.progress} and {@code spark.ext.h2o.progress.interval}: what each value chooses, and bad values. */
class ProgressChoiceTest {
  private static final PrintStream OUT = System.err;

  @Test
  void autoDrawsABarOnATerminalAndLinesElsewhere() {
    assertThat(new H2OConf().progress()).isEqualTo("auto");
    assertThat(ProgressChoice.of(new H2OConf(), OUT, true)).isInstanceOf(ProgressBarDisplay.class);
    assertThat(ProgressChoice.of(new H2OConf(), OUT, false)).isInstanceOf(ProgressLines.class);
  }

  @Test
  void eachModeChoosesItsDisplayWhateverTheTerminal() {
    for (boolean terminal : new boolean[] {true, false}) {
      assertThat(ProgressChoice.of(new H2OConf().setProgress("bar"), OUT, terminal)).isInstanceOf(ProgressBarDisplay.class);
      assertThat(ProgressChoice.of(new H2OConf().setProgress("LINES"), OUT, terminal)).isInstanceOf(ProgressLines.class);
      assertThat(ProgressChoice.of(new H2OConf().setProgress(" off "), OUT, terminal)).isSameAs(ProgressDisplay.OFF);
    }
  }

  @Test
  void theIntervalIsInMilliseconds() {
    assertThat(new H2OConf().progressInterval()).isEqualTo(Duration.ofSeconds(10));
    assertThat(new H2OConf().setProgressInterval(Duration.ofMillis(500)).progressInterval()).isEqualTo(Duration.ofMillis(500));
    assertThat(new H2OConf().set(H2OOptions.PROGRESS_INTERVAL, "0").progressInterval()).isZero();
  }

  @Test
  void anUnknownModeNamesTheKeyAndTheAllowedValues() {
    assertThatThrownBy(() -> ProgressChoice.of(new H2OConf().setProgress("fancy"), OUT, true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid value 'fancy' for spark.ext.h2o.progress: expected auto, bar, lines or off");
  }

  @Test
  void aBadIntervalNamesTheKeyEvenWhenNoLinesArePrinted() {
    assertThatThrownBy(() -> ProgressChoice.of(new H2OConf().setProgress("off").set(H2OOptions.PROGRESS_INTERVAL, "10s"), OUT, false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("spark.ext.h2o.progress.interval")
        .hasMessageContaining("'10s'");
    assertThatThrownBy(() -> new H2OConf().set(H2OOptions.PROGRESS_INTERVAL, "-1").progressInterval())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("spark.ext.h2o.progress.interval")
        .hasMessageContaining("0 or more");
  }
}
