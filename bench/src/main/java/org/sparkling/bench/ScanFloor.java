package org.sparkling.bench;

import java.util.Map;

/** Spark reading the cached rows and discarding them: the least any conversion that reads every value must cost. */
final class ScanFloor implements Contender {
  private final BenchData data;
  private long checksum;

  ScanFloor(BenchData data) {
    this.data = data;
  }

  @Override
  public String name() {
    return "scan floor";
  }

  @Override
  public String definition() {
    return "one Spark job over `df.queryExecution().toRdd()` of the cached DataFrame (columnar cache to UnsafeRow, as "
        + "`asH2OFrame` reads it): every field of every row read by type (`getLong`/`getInt`/`getDouble` as raw bits; "
        + "strings hashed in full with Murmur3 via `UTF8String.hashCode()`; null check first), added into a per-partition "
        + "sum that is sent to the driver";
  }

  @Override
  public Map<String, Double> run() {
    FieldChecksum.Scan scan = FieldChecksum.scan(data.data());
    Checks.rows(name(), scan.rows(), data.rows());
    checksum = scan.checksum();
    return Map.of();
  }

  long checksum() {
    return checksum;
  }
}
