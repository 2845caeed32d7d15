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

/** The driver's side of a write: creates the frame, then finishes it from the tasks' reports, or removes it on failure. */
final class H2OBatchWrite implements BatchWrite {
  private final ConversionPlan plan;
  private final FrameWriter frames;
  private int chunks;

  H2OBatchWrite(FrameWriter frames, ConversionPlan plan) {
    this.frames = frames;
    this.plan = plan;
  }

  @Override
  public DataWriterFactory createBatchWriterFactory(PhysicalWriteInfo info) {
    chunks = info.numPartitions();
    return new ChunkWriterFactory(frames.start(plan, chunks), chunks);
  }

  @Override
  public void commit(WriterCommitMessage[] messages) {
    List<ChunkReport> reports = new ArrayList<>();
    for (WriterCommitMessage message : messages) {
      reports.add(((ChunkCommitMessage) message).report());
    }
    frames.finish(plan, reports, Math.max(chunks, reports.size()));
  }

  @Override
  public void abort(WriterCommitMessage[] messages) {
    frames.abort(plan, chunks, new IllegalStateException("Writing H2O frame " + plan.frameId() + " failed"));
  }
}
