package org.sparkling.cli;

import picocli.CommandLine.Option;

/** The options of every command that runs Spark on data: where Spark runs, and how much a failure prints. */
final class RunOptions {
  @Option(names = "--master", description = "Spark master (default: ${DEFAULT-VALUE})")
  String master = "local[2]";

  @Option(names = "--verbose", description = "print the stack trace of a failure")
  boolean verbose;
}
