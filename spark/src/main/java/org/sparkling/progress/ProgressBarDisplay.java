package org.sparkling.progress;

import java.io.PrintStream;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress as a bar redrawn in place on a terminal, one bar per piece of work:
 * {@code Converting 'flights' to H2O  30% [===>        ] 12/40 partitions (0:00:03 / 0:00:07)}.
 * The bar is redrawn a few times a second by the progress bar library's one daemon thread, and closed when the work ends.
 */
public final class ProgressBarDisplay implements ProgressDisplay {
  private static final int REDRAW_MILLIS = 200;

  private final PrintStream out;
  private final int width;

  /** Bars as wide as the terminal, drawn on {@code out} (usually {@code System.err}). */
  public ProgressBarDisplay(PrintStream out) {
    this(out, 0);
  }

  /**
   * @param width the bar's line length in characters; 0 asks the terminal
   */
  ProgressBarDisplay(PrintStream out, int width) {
    this.out = Objects.requireNonNull(out, "out == null");
    this.width = width;
  }

  @Override
  public ProgressTask start(String name, long total, String unit) {
    return new Bar(name, total, unit);
  }

  private final class Bar extends ProgressCount {
    private final ProgressBar bar;
    private final BarLine line = new BarLine(out, width);

    Bar(String name, long total, String unit) {
      super(name, total, unit);
      // Work counted in percent shows the percentage only: "45/100 %" would say it twice.
      boolean percent = unit.equals(PERCENT);
      ProgressBarBuilder builder =
          new ProgressBarBuilder()
              .setTaskName(name)
              .setInitialMax(total())
              .setStyle(ProgressBarStyle.ASCII)
              .setUpdateIntervalMillis(REDRAW_MILLIS)
              .setConsumer(line);
      if (!percent) {
        builder.setUnit(" " + unit, 1);
      }
      bar = builder.build();
    }

    @Override
    void changed() {
      bar.stepTo(done());
      bar.setExtraMessage(noteText());
    }

    @Override
    void ended(String failure) {
      if (failure == null) {
        bar.stepTo(total());
      } else {
        bar.setExtraMessage("failed: " + failure);
      }
      bar.close();
      line.close();
    }
  }

  /**
   * The bar's line on the stream, ended exactly once: the library ends it when it closes a bar it has drawn, but not one
   * closed before its first scheduled drawing (work that ends at once), which would leave the next output on its line.
   */
  private static final class BarLine extends ConsoleProgressBarConsumer {
    private final AtomicBoolean closed = new AtomicBoolean();

    /** @param width the line's length; 0 asks the terminal */
    BarLine(PrintStream out, int width) {
      super(out, width);
    }

    @Override
    public void close() {
      if (closed.compareAndSet(false, true)) {
        super.close();
      }
    }
  }
}
