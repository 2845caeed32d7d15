package org.sparkling.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * The exit codes scripts can rely on, and the handler that turns a failure into a one-line message: 0 success, 1 a
 * failure while running (bad data, a missing file or column, a training error), 2 a usage error (unknown option,
 * missing required option).
 */
final class ExitCodes implements IExecutionExceptionHandler {
  static final int SUCCESS = CommandLine.ExitCode.OK;
  static final int FAILURE = CommandLine.ExitCode.SOFTWARE;
  static final int USAGE = CommandLine.ExitCode.USAGE;

  /** The help section every data command shows. */
  static final String HELP =
      "%nExit codes: 0 success; 1 failure while running (message on stderr; --verbose adds the stack trace); 2 usage error.";

  @Override
  public int handleExecutionException(Exception failure, CommandLine command, ParseResult parsed) {
    PrintWriter err = command.getErr();
    if (failure instanceof CommandFailure) {
      err.println(failure.getMessage());
    } else {
      err.println(command.getCommandName() + " failed: " + describe(failure) + " (--verbose shows the stack trace)");
    }
    if (verbose(parsed)) {
      failure.printStackTrace(err);
    }
    err.flush();
    return FAILURE;
  }

  /** The first line of the message of the root cause of a failure. */
  static String describe(Throwable failure) {
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    return message.lines().findFirst().orElse(message);
  }

  private static boolean verbose(ParseResult parsed) {
    ParseResult last = parsed;
    while (last.hasSubcommand()) {
      last = last.subcommand();
    }
    return last.hasMatchedOption("--verbose");
  }
}
