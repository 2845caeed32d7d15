package org.sparkling.cli;

import java.util.regex.Pattern;

/**
 * The forms of Spark master URL that Spark itself accepts, checked before anything starts so that a typo in
 * {@code --master} is a usage error rather than a failure deep inside Spark.
 */
final class SparkMaster {
  private static final Pattern FORMS = Pattern.compile(String.join("|",
      "local",
      "local\\[\\s*(\\d+|\\*)\\s*(,\\s*\\d+\\s*)?]",
      "local-cluster\\[\\s*\\d+\\s*,\\s*\\d+\\s*,\\s*\\d+\\s*]",
      "spark://\\S+",
      "k8s://\\S+",
      "yarn"));

  static final String FORMS_HELP = "local, local[N], local[*], local[N,maxFailures], local-cluster[N,cores,memoryMB],"
      + " spark://host:port, yarn or k8s://https://host:port";

  private SparkMaster() {}

  static boolean isValid(String master) {
    return FORMS.matcher(master).matches();
  }
}
