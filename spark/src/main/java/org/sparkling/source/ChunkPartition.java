package org.sparkling.source;

import org.apache.spark.sql.connector.read.InputPartition;

/** The Spark partition that reads H2O chunk {@code chunkIndex}, preferably on {@code host}. */
record ChunkPartition(int chunkIndex, String host) implements InputPartition {
  @Override
  public String[] preferredLocations() {
    return new String[] {host};
  }
}
