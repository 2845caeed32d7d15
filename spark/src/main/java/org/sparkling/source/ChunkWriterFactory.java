package org.sparkling.source;

import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.connector.write.DataWriter;
import org.apache.spark.sql.connector.write.DataWriterFactory;
import org.apache.spark.sql.connector.write.WriterCommitMessage;
import org.sparkling.convert.ConversionPlan;
import org.sparkling.convert.PartitionConverter;

/** Sent to executors: each write task writes its partition as the H2O chunk of the same index, in process. */
final class ChunkWriterFactory implements DataWriterFactory {
  private static final long serialVersionUID = 1L;
  private final ConversionPlan plan;
  private final int chunks;

  ChunkWriterFactory(ConversionPlan plan, int chunks) {
    this.plan = plan;
    this.chunks = chunks;
  }

  @Override
  public DataWriter<InternalRow> createWriter(int partitionId, long taskId) {
    PartitionConverter chunk = new PartitionConverter(plan, partitionId, chunks);
    return new DataWriter<>() {
      @Override
      public void write(InternalRow row) {
        chunk.write(row);
      }

      @Override
      public WriterCommitMessage commit() {
        return new ChunkCommitMessage(chunk.finish());
      }

      @Override
      public void abort() {
        chunk.close();
      }

      @Override
      public void close() {
        chunk.close();
      }
    };
  }
}
