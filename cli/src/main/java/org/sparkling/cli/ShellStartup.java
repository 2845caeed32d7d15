package org.sparkling.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.apache.spark.sql.SparkSession;
import org.sparkling.H2OContext;

/**
 * What the startup script of {@code sparkling shell} calls in jshell's execution JVM to make {@code spark} and {@code hc}.
 * Public because jshell snippets see public classes only; not meant for applications.
 */
public final class ShellStartup {
  /** The Spark master, set by {@link ShellCommand} on the execution JVM. */
  static final String MASTER = "sparkling.shell.master";

  /** The file where a startup failure is written for {@link ShellCommand}, which then exits with code 1. */
  static final String FAILURE_FILE = "sparkling.shell.failure.file";

  private ShellStartup() {}

  /** The session's SparkSession on the master the shell was given. */
  public static SparkSession spark() {
    String master = System.getProperty(MASTER, ShellCommand.DEFAULT_MASTER);
    return startOrEndTheShell("Spark did not start with --master " + master, "check --master",
        () -> LocalSpark.start(master, "sparkling-shell"));
  }

  /**
   * The session's H2OContext; prints the one-line banner, and stops H2O and then Spark when the shell ends
   * ({@code /exit}, end of input), as jshell ends this JVM normally.
   */
  public static H2OContext h2oContext(SparkSession spark) {
    H2OContext hc = startOrEndTheShell("H2O did not start", "see docs/troubleshooting.md",
        () -> H2OContext.getOrCreate(spark));
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      hc.stop();
      spark.stop();
    }, "sparkling-shell-stop"));
    System.out.println(banner(spark, hc));
    return hc;
  }

  static String banner(SparkSession spark, H2OContext hc) {
    String[] versions = new VersionProvider().getVersion();
    return String.join(", ", versions) + "; master " + spark.sparkContext().master() + "; Flow UI " + hc.flowURL()
        + "; `spark` and `hc` are ready";
  }

  private static <T> T startOrEndTheShell(String what, String advice, Supplier<T> start) {
    try {
      return start.get();
    } catch (Exception | LinkageError e) { // Spark throws SparkException, a checked exception, from Scala
      endTheShell(what + ": " + ExitCodes.describe(e) + " (" + advice + "; --verbose shows the stack trace)", e);
      throw e instanceof RuntimeException unchecked ? unchecked : new IllegalStateException(what, e);
    }
  }

  /**
   * Hands the message to {@link ShellCommand} and ends jshell: a failing startup script would otherwise leave the user at a
   * prompt without {@code spark}, and a script piped into the shell would run on regardless.
   */
  private static void endTheShell(String message, Throwable failure) {
    String file = System.getProperty(FAILURE_FILE);
    if (file == null) {
      return; // not started by sparkling shell: let jshell show the exception
    }
    StringWriter text = new StringWriter();
    text.append(message).append(System.lineSeparator());
    if (Boolean.getBoolean(ShellCommand.VERBOSE)) {
      failure.printStackTrace(new PrintWriter(text));
    }
    try {
      Files.writeString(Path.of(file), text.toString(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      System.err.print(text);
    }
    // This JVM is jshell's execution engine, started by jshell: ending jshell too ends the session.
    ProcessHandle.current().parent().ifPresent(ProcessHandle::destroy);
    System.exit(ExitCodes.FAILURE);
  }
}
