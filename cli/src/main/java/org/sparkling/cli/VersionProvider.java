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
      "H2O " + h2oVersion(),
      "Java " + Runtime.version()
    };
  }

  /** H2O's own build version; h2o-core is a runtime dependency of the command line, not a compile one. */
  private static String h2oVersion() {
    try {
      Object build = Class.forName("water.init.AbstractBuildVersion").getMethod("getBuildVersion").invoke(null);
      return (String) build.getClass().getMethod("projectVersion").invoke(build);
    } catch (ReflectiveOperationException | LinkageError e) {
      return "(not on the classpath)";
    }
  }
}
