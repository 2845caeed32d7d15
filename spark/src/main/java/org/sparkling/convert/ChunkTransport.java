package org.sparkling.convert;

import java.io.Serializable;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.sparkling.client.H2OClient;
import org.sparkling.extension.ChunkEncoder;
import org.sparkling.extension.ChunkInput;
import org.sparkling.extension.ChunkOutput;
import org.sparkling.extension.ChunkReader;
import org.sparkling.extension.ChunkWriter;
import org.sparkling.extension.ColumnType;
import org.sparkling.extension.DownloadDecoder;
import org.sparkling.extension.EmbeddedNode;

/**
 * How a task's chunk reaches H2O, or comes back from it: in process when the task's JVM runs a node of the cluster,
 * otherwise (or when {@code spark.ext.h2o.transfer.mode=rest}) as a binary stream through the node's REST API.
 */
public final class ChunkTransport implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Map<String, H2OClient> CLIENTS = new ConcurrentHashMap<>();
  private final URI node;
  private final long timeoutMillis;
  private final boolean restOnly;

  public ChunkTransport(URI node, Duration timeout, boolean restOnly) {
    this.node = node;
    this.timeoutMillis = timeout.toMillis();
    this.restOnly = restOnly;
  }

  /** Opens chunk {@code chunk} of {@code chunks} of {@code frameId} for writing. */
  ChunkOutput open(String frameId, ColumnType[] fixedTypes, int chunk, int chunks) {
    if (!restOnly && inProcessNode()) {
      return ChunkWriter.open(frameId, fixedTypes, chunk, chunks);
    }
    return new ChunkEncoder(fixedTypes);
  }

  /** Stores the chunk: closes an in-process writer, or posts an encoded chunk to the node. */
  void deliver(ChunkOutput out, String frameId, int chunk, int chunks) {
    if (out instanceof ChunkEncoder encoded) {
      client().uploadChunk(frameId, chunk, chunks, encoded.encode());
    } else {
      out.close();
    }
  }

  /**
   * Opens chunk {@code chunk} of a finished frame for reading: in process, or downloaded from the node, then with only
   * {@code columns} (frame column numbers) readable.
   */
  public ChunkInput read(String frameId, int chunk, int[] columns) {
    if (!restOnly && inProcessNode()) {
      return ChunkReader.open(frameId, chunk);
    }
    return DownloadDecoder.open(
        client().downloadChunk(frameId, chunk, columns), "chunk " + chunk + " of H2O frame '" + frameId + "' from " + node);
  }

  /** One client per node and timeout in this JVM: its connections serve every task. */
  private H2OClient client() {
    return CLIENTS.computeIfAbsent(
        node + " " + timeoutMillis,
        key -> H2OClient.newBuilder(node).requestTimeout(Duration.ofMillis(timeoutMillis)).build());
  }

  private boolean inProcessNode() {
    try {
      return EmbeddedNode.running().filter(node::equals).isPresent();
    } catch (LinkageError noH2OHere) {
      return false;
    }
  }
}
