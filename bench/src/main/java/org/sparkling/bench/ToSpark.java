package org.sparkling.bench;

import java.util.Map;
import org.sparkling.H2OContext;
import org.sparkling.H2OFrame;

/** {@code hc.asSparkFrame(frame)} read in full: an H2O frame made once from the data set, read back into Spark rows. */
final class ToSpark implements Contender {
  private final H2OContext hc;
  private final BenchData data;
  private final String key;
  private H2OFrame frame;
  private long checksum;

  ToSpark(H2OContext hc, BenchData data) {
    this.hc = hc;
    this.data = data;
    this.key = "bench_to_spark_" + data.name().replaceAll("[^A-Za-z0-9]", "_");
  }

  @Override
  public String name() {
    return "to-Spark";
  }

  @Override
  public String definition() {
    return "`hc.asSparkFrame(frame)` of an H2O frame made once (before the rounds) with `asH2OFrame` from the data set, "
        + "read in full with the scan floor's loop over `toRdd()` (the lazy DataSource V2 scan, one Spark partition "
        + "per H2O chunk)";
  }

  @Override
  public void setUp() {
    frame = hc.asH2OFrame(data.data(), key);
  }

  @Override
  public Map<String, Double> run() {
    FieldChecksum.Scan scan = FieldChecksum.scan(hc.asSparkFrame(frame));
    Checks.rows(name(), scan.rows(), data.rows());
    checksum = scan.checksum();
    return Map.of();
  }

  long checksum() {
    return checksum;
  }

  @Override
  public void tearDown() {
    hc.client().deleteFrame(key);
  }
}
