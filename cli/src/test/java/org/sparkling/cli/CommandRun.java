package org.sparkling.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** One in-process run of the {@code sparkling} command line: its exit code, stdout and stderr. */
record CommandRun(int exitCode, String out, String err) {
  static CommandRun of(String... args) {
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    StringWriter errors = new StringWriter();
    PrintStream original = System.out;
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      // Built after the redirection: the commands take System.out when they are created.
      CommandLine commandLine = SparklingCommand.commandLine().setErr(new PrintWriter(errors, true));
      int exitCode = commandLine.execute(args);
      return new CommandRun(exitCode, captured.toString(StandardCharsets.UTF_8), errors.toString());
    } finally {
      System.setOut(original);
    }
  }

  @Override
  public String toString() {
    return "exit " + exitCode + "\nstdout:\n" + out + "\nstderr:\n" + err;
  }
}
