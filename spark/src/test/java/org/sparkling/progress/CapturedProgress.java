package org.sparkling.progress;

import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.io.PrintStream;
import org.sparkling.H2OContext;

/** A context's progress shown on a captured stream for the length of a test, then the context's own display again. */
public final class CapturedProgress implements AutoCloseable {
  private final H2OContext hc;
  private final ProgressDisplay before;
  private final CapturedStream captured = new CapturedStream();

  private CapturedProgress(H2OContext hc, Function<PrintStream, ProgressDisplay> display) {
    this.hc = hc;
    this.before = hc.progressDisplay();
    hc.setProgressDisplay(display.apply(captured.out()));
  }

  /** Every change as a line. */
  public static CapturedProgress lines(H2OContext hc) {
    return new CapturedProgress(hc, out -> new ProgressLines(Duration.ZERO, out));
  }

  /** Bars 120 characters wide. */
  public static CapturedProgress bar(H2OContext hc) {
    return new CapturedProgress(hc, out -> new ProgressBarDisplay(out, 120));
  }

  /** Nothing shown, as {@code spark.ext.h2o.progress=off} does. */
  public static CapturedProgress off(H2OContext hc) {
    return new CapturedProgress(hc, out -> ProgressDisplay.OFF);
  }

  public String text() {
    return captured.text();
  }

  public List<String> lines() {
    return captured.lines();
  }

  /** The lines of the work named {@code name}. */
  public List<String> linesOf(String name) {
    return lines().stream().filter(line -> line.startsWith(name + ": ")).toList();
  }

  @Override
  public void close() {
    hc.setProgressDisplay(before);
  }
}
