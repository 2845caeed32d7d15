package org.sparkling.cli;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The JVM options of jshell's execution JVM, where the shell's Spark and H2O run: the options this JVM was started with
 * (the launcher's module flags that Spark and H2O need on Java 17+, the heap from {@code JAVA_OPTS}, {@code -D}
 * properties), and every {@code spark.*} system property, which Spark and Sparkling Water read as configuration (e.g.
 * {@code spark.ext.h2o.base.port}).
 */
final class ExecutionJvmOptions {
  private ExecutionJvmOptions() {}

  static List<String> of(List<String> jvmArguments, Properties systemProperties) {
    List<String> options = new ArrayList<>();
    for (String argument : jvmArguments) {
      if (forwarded(argument)) {
        options.add(argument);
      }
    }
    for (Map.Entry<Object, Object> property : systemProperties.entrySet()) {
      String name = property.getKey().toString();
      String option = "-D" + name + "=" + property.getValue();
      if (name.startsWith("spark.") && !options.contains(option)) {
        options.add(option);
      }
    }
    return options;
  }

  /** The options of this JVM. */
  static List<String> ofThisJvm() {
    return of(ManagementFactory.getRuntimeMXBean().getInputArguments(), System.getProperties());
  }

  /** Heap, module and -D options; not agents and debuggers, which belong to this JVM only. */
  private static boolean forwarded(String argument) {
    return (argument.startsWith("-X") && !argument.startsWith("-Xrun") && !argument.startsWith("-Xdebug"))
        || argument.startsWith("--add-")
        || argument.startsWith("--enable-native-access")
        || argument.startsWith("-D") && !argument.startsWith("-Djava.class.path=");
  }
}
