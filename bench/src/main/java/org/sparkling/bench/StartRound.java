package org.sparkling.bench;

import java.util.Map;

/**
 * One start of a backend, as a user's application starts it: a fresh driver JVM starts Spark, then the backend
 * ({@code H2OContext.getOrCreate}), stops both and exits. The runner times the whole trial, from launching the JVM to its
 * exit; the trial times its steps.
 */
final class StartRound implements Contender {
  private final BackendSetup setup;
  private final TrialRequest request;
  private final TrialJvm jvm;
  private final BenchClusters clusters;
  private int trials;
  private StartTimes last;

  StartRound(BackendSetup setup, TrialRequest request, TrialJvm jvm, BenchClusters clusters) {
    this.setup = setup;
    this.request = request;
    this.jvm = jvm;
    this.clusters = clusters;
  }

  @Override
  public String name() {
    return setup.id();
  }

  @Override
  public String definition() {
    return "a fresh driver JVM: " + setup.configuration();
  }

  @Override
  public Map<String, Double> run() throws Exception {
    trials++;
    last = jvm.run(setup.id() + "-start-" + trials, request, StartTimes.class);
    return last.seconds();
  }

  /** The executors of the trial's application leave the cluster after it; the next trial must not wait for them. */
  @Override
  public void cleanUp() {
    clusters.awaitIdle();
  }

  BackendSetup setup() {
    return setup;
  }

  /** What the latest trial reported (versions, the cluster it got). */
  StartTimes last() {
    return last;
  }
}
