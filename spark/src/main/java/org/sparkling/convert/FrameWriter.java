package org.sparkling.convert;

import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.rdd.RDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.types.StructType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sparkling.client.FrameDescription;
import org.sparkling.client.H2OClient;
import org.sparkling.progress.ComputedPartitions;
import org.sparkling.progress.ProgressDisplay;
import org.sparkling.progress.ProgressTask;

/**
 * Spark to H2O: one pass over the DataFrame, each partition written by the executor that holds it as one H2O chunk. The
 * driver only creates the frame, collects one small report per partition, and finishes the frame over REST.
 *
 * <p>Columns inside arrays, maps and vectors are found while writing, so no statistics pass is needed to learn how wide
 * the frame is. If anything fails, the half-built frame is removed before the error reaches the caller.
 */
public final class FrameWriter {
  private static final Logger LOG = LoggerFactory.getLogger(FrameWriter.class);
  private final H2OClient client;
  private final ChunkTransport transport;
  private final ProgressDisplay progress;

  /**
   * @param progress shows the partitions written so far while {@link #write} runs
   */
  public FrameWriter(H2OClient client, ChunkTransport transport, ProgressDisplay progress) {
    this.client = client;
    this.transport = transport;
    this.progress = Objects.requireNonNull(progress, "progress == null");
  }

  /** Checks that {@code schema} can be converted, and plans the conversion; nothing is written yet. */
  public ConversionPlan plan(String frameId, StructType schema, SparkSession spark) {
    return ConversionPlan.of(frameId, schema, ZoneId.of(spark.conf().get("spark.sql.session.timeZone")), transport);
  }

  public FrameDescription write(Dataset<Row> data, String frameId) {
    ConversionPlan plan = plan(frameId, data.schema(), data.sparkSession());
    RDD<InternalRow> computed = data.queryExecution().toRdd();
    RDD<InternalRow> rows = computed.getNumPartitions() == 0 ? data.repartition(1).queryExecution().toRdd() : computed;
    int chunks = rows.getNumPartitions();
    ProgressTask task = progress(plan, chunks);
    return task.run(() -> write(plan, rows, chunks, task));
  }

  /** Shows how many of the {@code chunks} partitions of {@code plan} are written; the caller counts and ends it. */
  public ProgressTask progress(ConversionPlan plan, int chunks) {
    return progress.start("Converting '" + plan.frameId() + "' to H2O", chunks, "partitions");
  }

  private FrameDescription write(ConversionPlan plan, RDD<InternalRow> rows, int chunks, ProgressTask task) {
    ConversionPlan routed = start(plan, chunks);
    try {
      long started = System.nanoTime();
      JavaRDD<ChunkReport> writing = rows.toJavaRDD().mapPartitionsWithIndex(new PartitionWriter(routed, chunks), false);
      List<ChunkReport> reports;
      try (ComputedPartitions counting = ComputedPartitions.count(writing, task)) {
        reports = writing.collect();
      }
      long written = System.nanoTime();
      FrameDescription frame = finish(plan, reports, chunks);
      LOG.info("H2O frame {}: {} chunks written in {} ms, finished by the node in {} ms", plan.frameId(), chunks,
          (written - started) / 1_000_000, (System.nanoTime() - written) / 1_000_000);
      return frame;
    } catch (Exception e) { // also Spark's checked SparkException when a task fails
      abort(plan, chunks, e);
      throw e;
    }
  }

  /**
   * Creates the frame that the {@code chunks} chunks of {@code plan} are written into, and returns the plan to hand to the
   * tasks: when they send chunks over REST, each goes straight to the node that will hold it.
   */
  public ConversionPlan start(ConversionPlan plan, int chunks) {
    client.createFrame(plan.frameId(), plan.fixedNames());
    return plan.transport().overRest() ? plan.routedTo(client.chunkHomes(plan.frameId(), chunks)) : plan;
  }

  /** Builds the frame from the chunks the reports describe. */
  public FrameDescription finish(ConversionPlan plan, List<ChunkReport> reports, int chunks) {
    FrameColumns columns = FrameColumns.of(plan.fixed(), reports, chunks);
    return client.finishFrame(
        plan.frameId(), columns.rowsPerChunk(), columns.fixedTypes(), columns.fixedDomains(), columns.found(),
        columns.order(), columns.toCategorical());
  }

  /** Removes the half-built frame; a failure to do so is added to {@code cause}. */
  public void abort(ConversionPlan plan, int chunks, Exception cause) {
    try {
      client.deleteFrame(plan.frameId(), chunks);
    } catch (RuntimeException cleanup) {
      cause.addSuppressed(cleanup);
    }
  }
}
