package org.sparkling.bench;

import java.time.Duration;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.sparkling.H2OConf;

/** The backends the backend benchmark measures, each as the user configures it. */
enum BackendSetup {
  EMBEDDED("embedded", "embedded", "`H2OContext.getOrCreate(spark)` with master `local[2]`: one H2O node in the driver JVM"),
  INTERNAL("internal", "internal on a cluster",
      "`H2OContext.getOrCreate(spark)` with a standalone master: one H2O node inside each of the 2 executor JVMs"),
  EXTERNAL_AUTO("external-auto", "external, automatic",
      "`new H2OConf().setExternalClusterMode().useAutoClusterStart().setExternalClusterSize(2).setExternalMemory(...)`: "
          + "the driver starts 2 H2O node JVMs and stops them with the context"),
  EXTERNAL_MANUAL("external-manual", "external, manual",
      "`new H2OConf().setH2OCluster(host, port)`: the driver connects to a 2-node H2O cluster the harness started before "
          + "the rounds (`LocalH2OCluster`)");

  /** How long a cloud may take to form here: the shared 2-core machine can be slow, and a timeout only fails the run. */
  private static final Duration CLOUD_TIMEOUT = Duration.ofMinutes(3);

  private final String id;
  private final String title;
  private final String configuration;

  BackendSetup(String id, String title, String configuration) {
    this.id = id;
    this.title = title;
    this.configuration = configuration;
  }

  /** The setup named {@code id} on the command line. */
  static BackendSetup of(String id) {
    return Arrays.stream(values())
        .filter(setup -> setup.id.equals(id))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("Unknown backend '" + id + "'; choose from "
            + Arrays.stream(values()).map(BackendSetup::id).collect(Collectors.joining(", "))));
  }

  String id() {
    return id;
  }

  String title() {
    return title;
  }

  /** How the user gets this backend, for the report. */
  String configuration() {
    return configuration;
  }

  /**
   * Whether the trial's Spark runs on the standalone cluster (executors in JVMs of their own): always for the internal
   * backend; for conversions with the external backends too, so that the driver JVM holds nothing but the driver. The
   * external backends start with a local master: their H2O nodes do not depend on Spark's executors.
   */
  boolean sparkOnCluster(TrialRequest.Mode mode) {
    return this == INTERNAL || (mode == TrialRequest.Mode.CONVERSION && this != EMBEDDED);
  }

  /** Whether the harness starts an H2O cluster for this backend to connect to. */
  boolean needsRunningH2OCluster() {
    return this == EXTERNAL_MANUAL;
  }

  /** The configuration a trial passes to {@code H2OContext.getOrCreate(spark, conf)}. */
  H2OConf conf(TrialRequest request) {
    H2OConf conf = new H2OConf().setCloudTimeout(CLOUD_TIMEOUT);
    switch (this) {
      case EXTERNAL_AUTO:
        return conf.setExternalClusterMode().useAutoClusterStart().setExternalClusterSize(2)
            .setExternalMemory(request.externalMemory());
      case EXTERNAL_MANUAL:
        return conf.setH2OCluster(request.h2oCluster());
      default:
        return conf;
    }
  }
}
