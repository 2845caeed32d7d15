package org.sparkling.cli;

import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code sparkling}: the command line of Sparkling Water. */
@Command(
    name = "sparkling",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Sparkling Water for Spark 4: H2O-3 machine learning inside Apache Spark.",
    subcommands = {
      DemoCommand.class, TrainCommand.class, ScoreCommand.class, NodeCommand.class, ClusterCommand.class,
      ShellCommand.class, VersionCommand.class, CommandLine.HelpCommand.class
    },
    footer = ExitCodes.HELP)
public final class SparklingCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    // The command line's own quiet logging; applications that use the library keep theirs.
    if (System.getProperty("log4j2.configurationFile") == null) {
      System.setProperty("log4j2.configurationFile", "sparkling-cli-log4j2.properties");
    }
    System.exit(commandLine().execute(args));
  }

  /**
   * The command line with its conventions: case-insensitive choices, relative paths from the caller's folder, one-line
   * failures (exit code 1).
   */
  static CommandLine commandLine() {
    return new CommandLine(new SparklingCommand())
        .setCaseInsensitiveEnumValuesAllowed(true)
        .registerConverter(Path.class, new CallerPaths())
        .setExecutionExceptionHandler(new ExitCodes());
  }

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }
}
