package org.sparkling.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The displays on their own: the words of each line, when lines are printed, and the bar drawn to its total. */
class ProgressDisplaysTest {

  @Test
  void linesWithoutIntervalPrintEachChangeAndAFinalLine() {
    CapturedStream captured = new CapturedStream();
    ProgressTask task = new ProgressLines(Duration.ZERO, captured.out()).start("Converting 'flights' to H2O", 40, "partitions");

    task.set(12);
    task.set(12);
    task.advance(18);
    task.finish();
    task.set(3);

    assertThat(captured.lines())
        .hasSize(3)
        .startsWith(
            "Converting 'flights' to H2O: 12/40 partitions (30%)",
            "Converting 'flights' to H2O: 30/40 partitions (75%)");
    assertThat(captured.lines().get(2)).matches("Converting 'flights' to H2O: 40/40 partitions \\(100%\\), done in \\d+\\.\\d s");
  }

  @Test
  void workInPercentShowsThePercentAndTheNote() {
    CapturedStream captured = new CapturedStream();
    ProgressTask task = new ProgressLines(Duration.ZERO, captured.out()).start("Training gbm", 100, ProgressDisplay.PERCENT);

    task.set(45);
    task.note("Built tree 20 of 50");
    task.fail("H2O job ended FAILED: the response column is constant\n\tat water.Job...");

    assertThat(captured.lines()).hasSize(3);
    assertThat(captured.lines().get(0)).isEqualTo("Training gbm: 45%");
    assertThat(captured.lines().get(1)).isEqualTo("Training gbm: 45%, Built tree 20 of 50");
    assertThat(captured.lines().get(2))
        .startsWith("Training gbm: 45%, Built tree 20 of 50, failed after ")
        .endsWith(": H2O job ended FAILED: the response column is constant");
  }

  @Test
  void quickWorkWithinTheIntervalPrintsNothing() {
    CapturedStream captured = new CapturedStream();
    ProgressTask task = new ProgressLines(Duration.ofHours(1), captured.out()).start("Converting 'tiny' to H2O", 2, "partitions");

    task.set(1);
    task.finish();

    assertThat(captured.text()).isEmpty();
  }

  @Test
  void runFinishesTheTaskOrFailsItAndPassesTheFailureOn() {
    CapturedStream captured = new CapturedStream();
    ProgressLines lines = new ProgressLines(Duration.ZERO, captured.out());

    assertThat(lines.start("Adding", 3, "numbers").run(() -> 1 + 2)).isEqualTo(3);
    ProgressTask failing = lines.start("Dividing", 3, "numbers");
    failing.set(1);
    assertThatThrownBy(() -> failing.run(() -> 1 / 0)).isInstanceOf(ArithmeticException.class);

    assertThat(captured.lines()).last().asString().startsWith("Dividing: 1/3 numbers (33%), failed after ").endsWith(": / by zero");
  }

  @Test
  void theBarIsDrawnUpToItsTotalAndClosedWithANewLine() {
    CapturedStream captured = new CapturedStream();
    ProgressTask task = new ProgressBarDisplay(captured.out(), 120).start("Converting 'flights' to H2O", 40, "partitions");

    for (int partition = 1; partition <= 40; partition++) {
      task.advance(1);
    }
    task.finish();

    String drawn = captured.text();
    assertThat(drawn).contains("\r").endsWith(System.lineSeparator());
    assertThat(captured.lines()).last().asString().contains("Converting 'flights' to H2O").contains("100%").contains("40/40 partitions");
  }

  @Test
  void aBarInPercentShowsTheNoteAndSaysWhenItFailed() {
    CapturedStream captured = new CapturedStream();
    ProgressTask task = new ProgressBarDisplay(captured.out(), 120).start("Training gbm", 100, ProgressDisplay.PERCENT);

    task.set(60);
    task.note("3 models trained");
    task.fail("cancelled");

    assertThat(captured.lines()).last().asString().contains("Training gbm").contains("60%").contains("failed: cancelled");
  }

  @Test
  void offShowsNothing() {
    ProgressTask task = ProgressDisplay.OFF.start("Training gbm", 100, ProgressDisplay.PERCENT);
    task.set(50);
    task.finish();

    assertThat(((ProgressCount) task).count()).isEqualTo("100%");
  }
}
