package org.sparkling;

import java.nio.file.Path;

/** Renders docs/configuration.md from {@link H2OOptions#ALL}, the one place every option is described. */
final class ConfigurationDocs {
  static final String REGENERATE =
      "mvn -B -o -pl spark verify -Dtest=ConfigurationDocsTest -Dsparkling.docs.write=true";

  private ConfigurationDocs() {}

  static String render() {
    StringBuilder doc = new StringBuilder();
    doc.append("# Configuration\n\n");
    doc.append("<!-- Generated from org.sparkling.H2OOptions.ALL by ConfigurationDocsTest; do not edit by hand.\n");
    doc.append("     Regenerate: ").append(REGENERATE).append(" -->\n\n");
    doc.append("Every option is a `spark.ext.h2o.*` key of the Spark configuration: `--conf spark.ext.h2o.nthreads=4` on\n");
    doc.append("`spark-submit`, `SparkSession.builder().config(...)`, or a setter of `H2OConf`, as in\n");
    doc.append("`H2OContext.getOrCreate(spark, new H2OConf().setNthreads(4))`. A value set on `H2OConf` wins over the same key in\n");
    doc.append("the `SparkConf`, which wins over the default. An unknown `spark.ext.h2o.*` key is ignored with a warning that names\n");
    doc.append("the closest known key.\n\n");
    doc.append("| key | default | description |\n");
    doc.append("| --- | --- | --- |\n");
    for (H2OOptions.Option option : H2OOptions.ALL) {
      doc.append("| `").append(option.key()).append("` | ")
          .append(option.defaultValue().isEmpty() ? "*(empty)*" : "`" + option.defaultValue() + "`")
          .append(" | ")
          .append(option.description().replace("|", "\\|"))
          .append(" |\n");
    }
    return doc.toString();
  }

  /** {@code docs/configuration.md} of the repository the tests run in. */
  static Path file() {
    return GeneratedDocs.repositoryRoot().resolve("docs/configuration.md");
  }
}
