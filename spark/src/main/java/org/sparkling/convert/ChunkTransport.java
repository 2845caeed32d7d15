package org.sparkling.convert;

import java.io.Serializable;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Collection;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
 * How a task's chunk reaches H2O: in process when the task's JVM runs a node of the cluster (the embedded node in local
 * mode, or the executor's own node on a cluster), otherwise (or when {@code spark.ext.h2o.transfer.mode=rest}) as a
 * binary stream through the REST API of the node the driver talks to, both ways.
 *
 * <p>A chunk written in process lands in the writer's node and is stored under its key's home node by H2O's key/value
 * store, which may be another node of the cloud; the frame is the same either way.
 */
public final class ChunkTransport implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Logger LOG = LoggerFactory.getLogger(ChunkTransport.class);
  private static final Map<String, H2OClient> CLIENTS = new ConcurrentHashMap<>();
  private final URI node;
  private final Set<String> cloudMembers;
  private final long timeoutMillis;
  private final boolean restOnly;

  /**
   * @param node the REST address chunks are posted to
   * @param cloudMembers the {@code ip:port} of every node of the cluster: a task whose JVM runs one of them writes in
   *     process
   */
  public ChunkTransport(URI node, Collection<String> cloudMembers, Duration timeout, boolean restOnly) {
    this.node = node;
    this.cloudMembers = Set.copyOf(cloudMembers);
    this.timeoutMillis = timeout.toMillis();
    this.restOnly = restOnly;
  }

  /** Opens chunk {@code chunk} of {@code chunks} of {@code frameId} for writing. */
  ChunkOutput open(String frameId, ColumnType[] fixedTypes, int chunk, int chunks) {
    if (!restOnly && inProcessNode()) {
      LOG.info("Chunk {} of H2O frame {}: written in process, into this JVM's H2O node", chunk, frameId);
      return ChunkWriter.open(frameId, fixedTypes, chunk, chunks);
    }
    LOG.info("Chunk {} of H2O frame {}: sent over REST to {}", chunk, frameId, node);
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
      return EmbeddedNode.running().filter(own -> cloudMembers.contains(own.getHost() + ":" + own.getPort())).isPresent();
    } catch (LinkageError noH2OHere) {
      return false;
    }
  }
}
