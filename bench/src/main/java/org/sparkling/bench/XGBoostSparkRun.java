package org.sparkling.bench;

import java.util.Map;
import org.sparkling.bench.peers.PeerRequest;
import org.sparkling.bench.peers.PeerResult;

/**
 * XGBoost4J-Spark's contender: a JVM of its own without H2O ({@code XGBoostSparkTrial}, bench-peers' classpath), which
 * reads the same split, fits, evaluates and scores. The runner times the whole JVM, and judges the machine's quiet over
 * it; the trial times the fit itself, reported as the part {@value #FIT}.
 */
final class XGBoostSparkRun implements Contender {
  static final String NAME = "XGBoost4J-Spark";
  static final String FIT = "fit";

  private final TrialJvm jvm;
  private final PeerRequest request;
  private int trials;
  private PeerResult last;

  XGBoostSparkRun(TrialJvm jvm, PeerRequest request) {
    this.jvm = jvm;
    this.request = request;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String definition() {
    return last == null ? "XGBoost4J-Spark in a JVM of its own" : last.definition() + " in a JVM of its own ("
        + last.library() + ", Spark " + last.sparkVersion() + ", no H2O on its classpath), from the same cached split";
  }

  @Override
  public Map<String, Double> run() throws Exception {
    trials++;
    last = jvm.run("xgboost4j-spark-" + trials, request, PeerResult.class);
    return Map.of(FIT, last.fitSeconds());
  }

  /** What the latest trial reported. */
  PeerResult last() {
    return last;
  }
}
