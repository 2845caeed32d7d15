package org.sparkling.bench;

import java.util.Map;
import org.sparkling.H2OContext;
import org.sparkling.H2OFrame;

/** {@code hc.asH2OFrame(df, key)}: the cached DataFrame into a new H2O frame, in process. */
final class ToH2O implements Contender {
  private final H2OContext hc;
  private final BenchData data;
  private final String key;

  ToH2O(H2OContext hc, BenchData data) {
    this.hc = hc;
    this.data = data;
    this.key = "bench_to_h2o_" + data.name().replaceAll("[^A-Za-z0-9]", "_");
  }

  @Override
  public String name() {
    return "to-H2O";
  }

  @Override
  public String definition() {
    return "`hc.asH2OFrame(df, key)` until it returns (the frame is finished and described by the node); the frame is "
        + "deleted after each round, outside the timing";
  }

  @Override
  public Map<String, Double> run() {
    H2OFrame frame = hc.asH2OFrame(data.data(), key);
    Checks.rows(name(), frame.numberOfRows(), data.rows());
    return Map.of();
  }

  @Override
  public void cleanUp() {
    hc.client().deleteFrame(key);
  }
}
