package org.sparkling.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sparkling cluster}: an H2O cluster of several local nodes, in the foreground. */
@Command(
    name = "cluster",
    mixinStandardHelpOptions = true,
    description = {
      "Starts an H2O cluster of N nodes with the Sparkling Water extension on 127.0.0.1 and keeps it until Ctrl-C.",
      "Prints how to connect Spark to it (the external backend); with --secured, where its login and truststore are.",
      "Exit codes: 1 the cluster failed, 2 invalid options, 130 after Ctrl-C (143 after kill)."
    })
final class ClusterCommand implements Callable<Integer> {
  @Option(names = "--nodes", paramLabel = "N", description = "how many nodes (default: ${DEFAULT-VALUE})")
  int nodes = 2;

  @Mixin ClusterOptions options;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    return new ForegroundCluster("cluster", spec.commandLine().getOut(), spec.commandLine().getErr()).run(options, nodes);
  }
}
