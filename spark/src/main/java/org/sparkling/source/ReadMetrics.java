package org.sparkling.source;

import org.apache.spark.sql.connector.metric.CustomMetric;
import org.apache.spark.sql.connector.metric.CustomSumMetric;
import org.apache.spark.sql.connector.metric.CustomTaskMetric;
import org.sparkling.extension.ChunkInput;
import org.sparkling.extension.DownloadDecoder;

/**
 * What a scan of an H2O frame reports to Spark (the SQL tab of its UI): how many chunks, and how many bytes, came over REST
 * instead of in process. Spark creates the metrics by name, hence the public classes.
 */
public final class ReadMetrics {
  static final String CHUNKS_OVER_REST = "chunksReadOverRest";
  static final String BYTES_OVER_REST = "bytesReadOverRest";

  private ReadMetrics() {}

  static CustomMetric[] supported() {
    return new CustomMetric[] {new ChunksOverRest(), new BytesOverRest()};
  }

  /** The values of a task reading {@code chunk}. */
  static CustomTaskMetric[] of(ChunkInput chunk) {
    boolean downloaded = chunk instanceof DownloadDecoder;
    long bytes = downloaded ? ((DownloadDecoder) chunk).bytesRead() : 0;
    return new CustomTaskMetric[] {new Value(CHUNKS_OVER_REST, downloaded ? 1 : 0), new Value(BYTES_OVER_REST, bytes)};
  }

  /** H2O chunks downloaded from a node. */
  public static final class ChunksOverRest extends Sum {
    public ChunksOverRest() {
      super(CHUNKS_OVER_REST, "H2O chunks read over REST");
    }
  }

  /** Bytes of H2O chunks downloaded from a node. */
  public static final class BytesOverRest extends Sum {
    public BytesOverRest() {
      super(BYTES_OVER_REST, "bytes of H2O chunks read over REST");
    }
  }

  private abstract static class Sum extends CustomSumMetric {
    private final String name;
    private final String description;

    Sum(String name, String description) {
      this.name = name;
      this.description = description;
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public String description() {
      return description;
    }
  }

  private record Value(String name, long value) implements CustomTaskMetric {}
}
