package org.sparkling.cli;

import picocli.CommandLine.IVersionProvider;

/** The versions of Sparkling Water and of what it runs on. */
final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = SparklingCommand.class.getPackage().getImplementationVersion();
    return new String[] {
      "Sparkling Water " + (version == null ? "(development build)" : version),
      "Spark " + org.apache.spark.package$.MODULE$.SPARK_VERSION(),
      "Java " + Runtime.version()
    };
  }
}
