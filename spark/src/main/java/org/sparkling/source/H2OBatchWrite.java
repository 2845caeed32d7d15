package org.sparkling.source;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.connector.write.BatchWrite;
import org.apache.spark.sql.connector.write.DataWriterFactory;
import org.apache.spark.sql.connector.write.PhysicalWriteInfo;
import org.apache.spark.sql.connector.write.WriterCommitMessage;
import org.sparkling.convert.ChunkReport;
import org.sparkling.convert.ConversionPlan;
import org.sparkling.convert.FrameWriter;
import org.sparkling.progress.ProgressTask;

/**
 * The driver's side of a write: creates the frame, then finishes it from the tasks' reports, or removes it on failure;
 * the progress display counts the partitions committed meanwhile.
 */
final class H2OBatchWrite implements BatchWrite {
  private final ConversionPlan plan;
  private final FrameWriter frames;
  private int chunks;
  private ProgressTask progress;

  H2OBatchWrite(FrameWriter frames, ConversionPlan plan) {
    this.frames = frames;
    this.plan = plan;
  }

  @Override
  public DataWriterFactory createBatchWriterFactory(PhysicalWriteInfo info) {
    chunks = info.numPartitions();
    ChunkWriterFactory writers = new ChunkWriterFactory(frames.start(plan, chunks), chunks);
    progress = frames.progress(plan, chunks);
    return writers;
  }

  @Override
  public void onDataWriterCommit(WriterCommitMessage message) {
    // Spark lets one task commit per partition, so each call is one more partition written.
    progress.advance(1);
  }

  @Override
  public void commit(WriterCommitMessage[] messages) {
    List<ChunkReport> reports = new ArrayList<>();
    for (WriterCommitMessage message : messages) {
      reports.add(((ChunkCommitMessage) message).report());
    }
    progress.run(() -> frames.finish(plan, reports, Math.max(chunks, reports.size())));
  }

  @Override
  public void abort(WriterCommitMessage[] messages) {
    if (progress != null) {
      progress.fail("a task failed");
    }
    frames.abort(plan, chunks, new IllegalStateException("Writing H2O frame " + plan.frameId() + " failed"));
  }
}
