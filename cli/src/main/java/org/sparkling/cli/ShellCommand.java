package org.sparkling.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sparkling shell}: the JDK's jshell with Sparkling Water on its class path and {@code spark} and {@code hc} ready.
 * jshell runs the snippets in an execution JVM of its own; that JVM gets this JVM's options (see
 * {@link ExecutionJvmOptions}) and the startup script {@value #STARTUP}.
 */
@Command(
    name = "shell",
    mixinStandardHelpOptions = true,
    description = {
      "Starts jshell with Sparkling Water on the class path and a ready SparkSession",
      "`spark` and H2OContext `hc`, with the usual imports: org.sparkling.*,",
      "org.sparkling.ml.*, Spark's Dataset, Row, Column, SparkSession and functions.*.",
      "/exit stops H2O and Spark. SCRIPT files run first, as with jshell."
    },
    footer = {
      "%nExample: echo 'hc.asH2OFrame(spark.range(10).toDF())' | sparkling shell",
      "%nExit codes: 0 success (or the code given to /exit); 1 Spark, H2O or jshell",
      "did not start (message on stderr; --verbose adds the stack trace); 2 usage error."
    })
final class ShellCommand implements Callable<Integer> {
  static final String DEFAULT_MASTER = "local[*]";
  static final String STARTUP = "sparkling-shell.jsh";
  /** Set on the execution JVM when {@code --verbose} is given. */
  static final String VERBOSE = "sparkling.shell.verbose";

  @Option(names = "--master", description = "Spark master (default: ${DEFAULT-VALUE})")
  String master = DEFAULT_MASTER;

  @Option(names = "--verbose", description = "print the stack trace of a startup failure")
  boolean verbose;

  @Parameters(paramLabel = "SCRIPT", arity = "0..*", description = "jshell scripts (.jsh) to run after the startup")
  List<Path> scripts = new ArrayList<>();

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException, InterruptedException {
    if (!SparkMaster.isValid(master)) {
      throw new ParameterException(spec.commandLine(),
          "Invalid --master '" + master + "': Spark takes " + SparkMaster.FORMS_HELP);
    }
    for (Path script : scripts) {
      DataFormat.existing(script, "SCRIPT");
    }
    Path jshell = Path.of(System.getProperty("java.home"), "bin", "jshell");
    if (!Files.isExecutable(jshell)) {
      throw new CommandFailure("No jshell in " + jshell.getParent() + ": the shell needs a JDK (17 or newer), not a JRE;"
          + " set JAVA_HOME to a JDK");
    }
    Path session = Files.createTempDirectory("sparkling-shell");
    try {
      return run(jshell, session);
    } finally {
      deleteRecursively(session);
    }
  }

  private int run(Path jshell, Path session) throws IOException, InterruptedException {
    Path startup = session.resolve(STARTUP);
    try (InputStream script = ShellCommand.class.getResourceAsStream(STARTUP)) {
      Files.copy(script, startup);
    }
    Path failure = session.resolve("startup-failure.txt");
    ProcessBuilder builder = new ProcessBuilder(command(jshell, startup, failure)).inheritIO();
    builder.environment().putIfAbsent("SPARK_LOCAL_IP", "127.0.0.1");
    String callerDir = System.getProperty(CallerPaths.PROPERTY);
    if (callerDir != null) {
      builder.directory(Path.of(callerDir).toFile()); // relative paths in snippets are the caller's, as elsewhere
    }
    Process process = builder.start();
    // Ctrl-C reaches this JVM as well as jshell, which interrupts the running snippet and goes on: this JVM must not end
    // first, or the terminal would return to the user's shell while jshell still reads it.
    Thread waitForJShell = new Thread(() -> awaitAndHalt(process), "sparkling-shell-wait");
    Runtime.getRuntime().addShutdownHook(waitForJShell);
    int exitCode = process.waitFor();
    Runtime.getRuntime().removeShutdownHook(waitForJShell);
    if (Files.isRegularFile(failure)) {
      PrintWriter err = spec.commandLine().getErr();
      err.print("sparkling shell: " + Files.readString(failure, StandardCharsets.UTF_8));
      err.flush();
      return ExitCodes.FAILURE;
    }
    return exitCode;
  }

  List<String> command(Path jshell, Path startup, Path failure) {
    List<String> command = new ArrayList<>();
    command.add(jshell.toString());
    command.add("--class-path");
    command.add(System.getProperty("java.class.path"));
    command.addAll(List.of("--startup", "DEFAULT", "--startup", startup.toString()));
    List<String> execution = new ArrayList<>(ExecutionJvmOptions.ofThisJvm());
    execution.add("-D" + ShellStartup.MASTER + "=" + master);
    execution.add("-D" + ShellStartup.FAILURE_FILE + "=" + failure);
    execution.add("-D" + VERBOSE + "=" + verbose);
    if (System.getProperty("log4j2.configurationFile") != null) {
      execution.add("-Dlog4j2.configurationFile=" + System.getProperty("log4j2.configurationFile"));
    }
    execution.forEach(option -> command.add("-R" + option));
    scripts.forEach(script -> command.add(script.toAbsolutePath().toString()));
    return command;
  }

  private static void awaitAndHalt(Process process) {
    try {
      int exitCode = process.waitFor();
      Runtime.getRuntime().halt(exitCode);
    } catch (InterruptedException e) {
      process.destroy();
    }
  }

  private static void deleteRecursively(Path folder) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      files.sorted(Comparator.reverseOrder()).forEach(file -> {
        try {
          Files.delete(file);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }
}
