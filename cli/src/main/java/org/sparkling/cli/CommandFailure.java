package org.sparkling.cli;

/**
 * A failure a user can fix, with a message that says what happened, why and what to do; the command line prints it on one
 * line and exits with {@link ExitCodes#FAILURE}.
 */
final class CommandFailure extends RuntimeException {
  CommandFailure(String message) {
    super(message);
  }
}
