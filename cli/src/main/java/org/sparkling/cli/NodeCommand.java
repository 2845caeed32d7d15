package org.sparkling.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code sparkling node}: one H2O node with the Sparkling Water extension, in the foreground. */
@Command(
    name = "node",
    mixinStandardHelpOptions = true,
    description = {
      "Starts one H2O node with the Sparkling Water extension on 127.0.0.1 and keeps it until Ctrl-C.",
      "Prints how to connect Spark to it (the external backend); with --secured, where its login and truststore are.",
      "Exit codes: 1 the cluster failed, 2 invalid options, 130 after Ctrl-C (143 after kill)."
    })
final class NodeCommand implements Callable<Integer> {
  @Mixin ClusterOptions options;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    return new ForegroundCluster("node", spec.commandLine().getOut(), spec.commandLine().getErr()).run(options, 1);
  }
}
