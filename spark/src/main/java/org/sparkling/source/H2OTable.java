package org.sparkling.source;

import java.util.Set;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.connector.catalog.SupportsRead;
import org.apache.spark.sql.connector.catalog.SupportsWrite;
import org.apache.spark.sql.connector.catalog.TableCapability;
import org.apache.spark.sql.connector.read.ScanBuilder;
import org.apache.spark.sql.connector.write.LogicalWriteInfo;
import org.apache.spark.sql.connector.write.WriteBuilder;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.util.CaseInsensitiveStringMap;
import org.sparkling.H2OContext;
import org.sparkling.client.FrameDescription;
import org.sparkling.client.H2OClient;

/** An H2O frame seen as a Spark table: read in batches, or written (created or replaced) from a DataFrame. */
final class H2OTable implements SupportsRead, SupportsWrite {
  private final String frameId;
  private final StructType schema;

  H2OTable(String frameId, StructType schema) {
    this.frameId = frameId;
    this.schema = schema;
  }

  static StructType schemaOf(FrameDescription frame) {
    StructField[] fields =
        frame.columns().stream()
            .map(column -> new StructField(column.name(), H2OColumn.of(column).sparkType(), true, Metadata.empty()))
            .toArray(StructField[]::new);
    return new StructType(fields);
  }

  static H2OClient client() {
    return context().client();
  }

  private static H2OContext context() {
    return H2OContext.getOrCreate(SparkSession.active());
  }

  @Override
  public String name() {
    return "h2o:" + frameId;
  }

  @Override
  public StructType schema() {
    return schema;
  }

  @Override
  public Set<TableCapability> capabilities() {
    return Set.of(TableCapability.BATCH_READ, TableCapability.BATCH_WRITE, TableCapability.TRUNCATE);
  }

  @Override
  public ScanBuilder newScanBuilder(CaseInsensitiveStringMap options) {
    H2OContext hc = context();
    return new H2OScanBuilder(hc.client().describeFrame(frameId), hc.client(), hc.chunkTransport());
  }

  @Override
  public WriteBuilder newWriteBuilder(LogicalWriteInfo info) {
    return new H2OWriteBuilder(frameId, info.schema());
  }
}
