package org.sparkling.cli;

import picocli.CommandLine.Command;

/** {@code sparkling version}: the same lines as {@code sparkling --version}. */
@Command(name = "version", mixinStandardHelpOptions = true,
    description = "Prints the versions of Sparkling Water, Spark, H2O and Java.")
final class VersionCommand implements Runnable {
  @Override
  public void run() {
    for (String line : new VersionProvider().getVersion()) {
      System.out.println(line);
    }
  }
}
