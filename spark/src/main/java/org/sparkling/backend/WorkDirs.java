package org.sparkling.backend;

import java.nio.file.Path;
import org.apache.spark.SparkContext;
import org.sparkling.H2OConf;

/** The folder of an application's H2O files: {@code spark.ext.h2o.work.dir}, else one per application in Spark's. */
final class WorkDirs {
  private WorkDirs() {}

  /** The work dir of this application, created if needed. */
  static Path of(SparkContext spark, H2OConf conf) {
    Path folder =
        conf.workDir().isEmpty()
            ? Path.of(spark.getConf().get("spark.local.dir", System.getProperty("java.io.tmpdir")).split(",")[0])
                .resolve("sparkling-" + spark.applicationId())
            : Path.of(conf.workDir());
    return NodeFolders.create(folder);
  }
}
