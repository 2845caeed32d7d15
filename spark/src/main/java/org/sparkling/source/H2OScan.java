package org.sparkling.source;

import org.apache.spark.sql.connector.metric.CustomMetric;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.connector.read.Batch;
import org.apache.spark.sql.connector.read.InputPartition;
import org.apache.spark.sql.connector.read.PartitionReaderFactory;
import org.apache.spark.sql.connector.read.Scan;
import org.apache.spark.sql.types.StructType;
import org.sparkling.H2OContext;
import org.sparkling.client.FrameDescription;
import org.sparkling.convert.ChunkTransport;

/** One input partition per H2O chunk, preferring the host of the node that holds it. */
final class H2OScan implements Scan, Batch {
  private final FrameDescription frame;
  private final StructType schema;
  private final ScanColumns columns;
  private final ChunkTransport transport;

  H2OScan(FrameDescription frame, StructType schema, ScanColumns columns, ChunkTransport transport) {
    this.frame = frame;
    this.schema = schema;
    this.columns = columns;
    this.transport = transport;
  }

  @Override
  public StructType readSchema() {
    return schema;
  }

  @Override
  public String description() {
    return "H2OFrame " + frame.frameId() + " (" + frame.chunks().size() + " chunks)";
  }

  @Override
  public Batch toBatch() {
    return this;
  }

  @Override
  public InputPartition[] planInputPartitions() {
    H2OContext context = H2OContext.getOrCreate(SparkSession.active());
    return frame.chunks().stream()
        .map(chunk -> new ChunkPartition(chunk.index(), context.preferredLocation(chunk.node())))
        .toArray(InputPartition[]::new);
  }

  @Override
  public PartitionReaderFactory createReaderFactory() {
    return new ChunkReaderFactory(frame.frameId(), columns, schema, transport.routedTo(frame));
  }

  @Override
  public CustomMetric[] supportedCustomMetrics() {
    return ReadMetrics.supported();
  }
}
