package org.sparkling.source;

import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.connector.write.BatchWrite;
import org.apache.spark.sql.connector.write.SupportsTruncate;
import org.apache.spark.sql.connector.write.Write;
import org.apache.spark.sql.connector.write.WriteBuilder;
import org.apache.spark.sql.types.StructType;
import org.sparkling.client.H2OServerException;
import org.sparkling.H2OContext;
import org.sparkling.convert.ConversionPlan;
import org.sparkling.convert.FrameWriter;

/**
 * Plans a write to an H2O frame. {@code mode("overwrite")} replaces the frame; {@code mode("append")} creates it, and fails
 * if it exists, as H2O frames cannot grow.
 */
final class H2OWriteBuilder implements WriteBuilder, SupportsTruncate {
  private final String frameId;
  private final StructType schema;
  private boolean replace;

  H2OWriteBuilder(String frameId, StructType schema) {
    this.frameId = frameId;
    this.schema = schema;
  }

  @Override
  public WriteBuilder truncate() {
    replace = true;
    return this;
  }

  @Override
  public Write build() {
    if (!replace && exists()) {
      throw new IllegalArgumentException(
          "H2O frame '" + frameId + "' already exists and H2O frames cannot be appended to; write with "
              + "mode(\"overwrite\") to replace it, or save under another key");
    }
    SparkSession spark = SparkSession.active();
    FrameWriter frames = H2OContext.getOrCreate(spark).frameWriter();
    ConversionPlan plan = frames.plan(frameId, schema, spark);
    return new Write() {
      @Override
      public BatchWrite toBatch() {
        return new H2OBatchWrite(frames, plan);
      }
    };
  }

  private boolean exists() {
    try {
      H2OTable.client().describeFrame(frameId);
      return true;
    } catch (H2OServerException e) {
      if (e.status() == 404) {
        return false;
      }
      throw e;
    }
  }
}
