package org.sparkling.source;

import java.util.Set;
import org.apache.spark.sql.connector.catalog.SupportsRead;
import org.apache.spark.sql.connector.catalog.TableCapability;
import org.apache.spark.sql.connector.read.ScanBuilder;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.util.CaseInsensitiveStringMap;
import org.sparkling.client.FrameDescription;

/** An H2O frame seen as a Spark table that can be read in batches. */
final class H2OTable implements SupportsRead {
  private final FrameDescription frame;

  H2OTable(FrameDescription frame) {
    this.frame = frame;
  }

  static StructType schemaOf(FrameDescription frame) {
    StructField[] fields =
        frame.columns().stream()
            .map(column -> new StructField(column.name(), H2OColumn.of(column).sparkType(), true, Metadata.empty()))
            .toArray(StructField[]::new);
    return new StructType(fields);
  }

  @Override
  public String name() {
    return "h2o:" + frame.frameId();
  }

  @Override
  public StructType schema() {
    return schemaOf(frame);
  }

  @Override
  public Set<TableCapability> capabilities() {
    return Set.of(TableCapability.BATCH_READ);
  }

  @Override
  public ScanBuilder newScanBuilder(CaseInsensitiveStringMap options) {
    return new H2OScanBuilder(frame);
  }
}
