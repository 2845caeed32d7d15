package org.sparkling.progress;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Objects;

/**
 * Progress as plain lines, for logs and output that is not a terminal:
 * {@code Converting 'flights' to H2O: 12/40 partitions (30%)} at most once per interval while the work goes on, then
 * one final line ({@code ..., done in 14.2 s} or {@code ..., failed after 3.0 s: why}).
 *
 * <p>Quick work stays quiet: work that ends within the interval prints only its final line, and work that ends within a
 * second (or within the interval, when that is shorter) prints nothing at all: its result, or its exception, says enough.
 * An interval of zero prints every change and every final line.
 */
public final class ProgressLines implements ProgressDisplay {
  private static final Duration QUIET = Duration.ofSeconds(1);

  private final Duration interval;
  private final Duration quiet;
  private final PrintStream out;

  /**
   * @param interval the least time between two lines of the same work; zero prints every change
   * @param out where the lines go, usually {@code System.err}
   */
  public ProgressLines(Duration interval, PrintStream out) {
    this.interval = Objects.requireNonNull(interval, "interval == null");
    this.out = Objects.requireNonNull(out, "out == null");
    this.quiet = interval.compareTo(QUIET) < 0 ? interval : QUIET;
  }

  @Override
  public ProgressTask start(String name, long total, String unit) {
    return new Lines(name, total, unit);
  }

  private final class Lines extends ProgressCount {
    private long lastLineNanos = System.nanoTime();
    private String lastLine;

    Lines(String name, long total, String unit) {
      super(name, total, unit);
    }

    @Override
    void changed() {
      long now = System.nanoTime();
      String line = line();
      if (now - lastLineNanos >= interval.toNanos() && !line.equals(lastLine)) {
        print(line);
        lastLineNanos = now;
      }
    }

    @Override
    void ended(String failure) {
      if (lastLine != null || elapsed().compareTo(quiet) >= 0) {
        print(failure == null ? line() + ", done in " + seconds() : line() + ", failed after " + seconds() + ": " + failure);
      }
    }

    private void print(String line) {
      out.println(line);
      out.flush();
      lastLine = line;
    }
  }
}
