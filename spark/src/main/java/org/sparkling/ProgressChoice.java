package org.sparkling;

import java.io.Console;
import java.io.PrintStream;
import java.time.Duration;
import org.sparkling.progress.ProgressBarDisplay;
import org.sparkling.progress.ProgressDisplay;
import org.sparkling.progress.ProgressLines;

/** The progress display {@code spark.ext.h2o.progress} asks for. */
final class ProgressChoice {
  private ProgressChoice() {}

  /** The display for {@code conf}, drawing on {@code out}; {@code auto} draws a bar only when the JVM has a terminal. */
  static ProgressDisplay of(H2OConf conf, PrintStream out) {
    return of(conf, out, onTerminal());
  }

  static ProgressDisplay of(H2OConf conf, PrintStream out, boolean terminal) {
    // Both options are checked whatever the mode, so that a typo fails at once rather than when the mode changes.
    Duration interval = conf.progressInterval();
    return switch (conf.progress()) {
      case "bar" -> new ProgressBarDisplay(out);
      case "lines" -> new ProgressLines(interval, out);
      case "off" -> ProgressDisplay.OFF;
      default -> terminal ? new ProgressBarDisplay(out) : new ProgressLines(interval, out);
    };
  }

  /** Whether the JVM runs at a terminal (not with its output piped or redirected, as under a scheduler or in a test). */
  static boolean onTerminal() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      // From Java 22 a console may exist without a terminal; Console.isTerminal() tells.
      return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
    } catch (NoSuchMethodException olderJava) {
      return true;
    } catch (ReflectiveOperationException e) {
      return false;
    }
  }
}
