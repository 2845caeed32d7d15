package org.sparkling.backend;

import org.apache.spark.SparkContext;
import org.sparkling.H2OConf;

/** Picks and starts the backend that {@code spark.ext.h2o.backend.cluster.mode} and the Spark master ask for. */
public final class Backends {
  private Backends() {}

  public static Backend start(SparkContext spark, H2OConf conf) {
    String mode = conf.backendClusterMode();
    if (!conf.restApiBasedClient()) {
      throw new IllegalArgumentException(
          "spark.ext.h2o.rest.api.based.client=false is not supported: this Sparkling Water always talks to H2O over its "
              + "REST API and never runs an H2O client in the driver. Remove the option or set it to true.");
    }
    H2OLogLevel.of(conf.logLevel()); // a typo fails here, before anything starts, whichever backend runs the nodes
    switch (mode) {
      case "internal":
        return spark.isLocal() ? EmbeddedBackend.start(spark, conf) : InternalClusterBackend.start(spark, conf);
      case "external":
        if (conf.externalStartMode().equals("manual")) {
          SecuredStart.refuse(conf, "external backend with manual start (a cluster others started, secured by its flags)");
          return ManualClusterBackend.connect(conf);
        }
        if (spark.master().startsWith("yarn")) {
          SecuredStart.refuse(conf, "external backend on YARN");
          return YarnClusterBackend.start(spark, conf);
        }
        return AutoClusterBackend.start(spark, conf);
      default:
        throw new IllegalArgumentException(
            "Invalid spark.ext.h2o.backend.cluster.mode '" + mode + "': expected internal or external");
    }
  }
}
