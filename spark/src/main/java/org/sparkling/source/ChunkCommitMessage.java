package org.sparkling.source;

import org.apache.spark.sql.connector.write.WriterCommitMessage;
import org.sparkling.convert.ChunkReport;

/** What a write task sends back: the report of the chunk it wrote. */
record ChunkCommitMessage(ChunkReport report) implements WriterCommitMessage {}
