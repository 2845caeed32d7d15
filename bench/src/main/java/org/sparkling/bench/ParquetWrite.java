package org.sparkling.bench;

import java.nio.file.Path;
import java.util.Map;

/** {@code df.write().mode("overwrite").parquet(folder)} to local disk. */
final class ParquetWrite implements Contender {
  private final BenchData data;
  private final Path folder;
  private long bytesOnDisk;

  ParquetWrite(BenchData data, Path workDir) {
    this.data = data;
    this.folder = workDir.resolve(data.name() + "-write.parquet");
  }

  @Override
  public String name() {
    return "parquet write";
  }

  @Override
  public String definition() {
    return "`df.write().mode(\"overwrite\").parquet(folder)` to local disk (Spark's defaults: snappy, one file per "
        + "partition), including the removal of the previous round's folder that overwrite does";
  }

  @Override
  public Map<String, Double> run() {
    data.data().write().mode("overwrite").parquet(folder.toString());
    return Map.of();
  }

  @Override
  public void cleanUp() {
    bytesOnDisk = Folders.size(folder);
  }

  /** The size of the files the last round wrote. */
  long bytesOnDisk() {
    return bytesOnDisk;
  }

  @Override
  public void tearDown() {
    Folders.delete(folder);
  }
}
