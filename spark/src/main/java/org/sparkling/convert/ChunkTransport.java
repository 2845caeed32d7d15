package org.sparkling.convert;

import java.io.Serializable;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Collection;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sparkling.H2OClusterLostException;
import org.sparkling.client.FrameDescription;
import org.sparkling.client.H2OConnectionException;
import org.sparkling.client.H2OClient;
import org.sparkling.client.NodeAddress;
import org.sparkling.extension.ChunkEncoder;
import org.sparkling.extension.ChunkInput;
import org.sparkling.extension.ChunkOutput;
import org.sparkling.extension.ChunkReader;
import org.sparkling.extension.ChunkWriter;
import org.sparkling.extension.ColumnType;
import org.sparkling.extension.DownloadDecoder;
import org.sparkling.extension.EmbeddedNode;
import org.sparkling.security.ClientAccess;

/**
 * How a task's chunk reaches H2O, or comes back from it: in process when the task's JVM runs a node of the cluster,
 * otherwise (or when {@code spark.ext.h2o.transfer.mode=rest}) as a binary stream through a node's REST API. Over REST,
 * a routed transport ({@link #routedTo}) sends chunk i to, and reads it from, the node that holds it, sparing the cluster
 * a hop and spreading the load over its nodes; an unrouted one goes through the node the driver knows.
 *
 * <p>A chunk written in process lands in the writer's node (the embedded node in local mode, or the executor's own node on
 * a cluster) and is stored under its key's home node by H2O's key/value store, which may be another node of the cloud; the
 * frame is the same either way.
 */
public final class ChunkTransport implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Logger LOG = LoggerFactory.getLogger(ChunkTransport.class);
  private static final Map<String, H2OClient> CLIENTS = new ConcurrentHashMap<>();
  private final URI node;
  private final Set<String> cloudMembers;
  private final long timeoutMillis;
  private final boolean restOnly;
  /** The node of chunk i, for chunks sent over REST; empty when unrouted. */
  private final List<URI> homes;
  /** How to log in to and trust the nodes; it shows no password. */
  private final ClientAccess access;

  /**
   * @param node the REST address of the node the driver talks to
   * @param cloudMembers the {@code ip:port} of every node of the cluster: a task whose JVM runs one of them writes in
   *     process
   */
  public ChunkTransport(URI node, Collection<String> cloudMembers, Duration timeout, boolean restOnly) {
    this(node, cloudMembers, timeout, restOnly, ClientAccess.open());
  }

  /** As {@link #ChunkTransport(URI, Collection, Duration, boolean)}, reaching the nodes over REST as {@code access} says. */
  public ChunkTransport(
      URI node, Collection<String> cloudMembers, Duration timeout, boolean restOnly, ClientAccess access) {
    this(node, Set.copyOf(cloudMembers), timeout.toMillis(), restOnly, List.of(), access);
  }

  private ChunkTransport(
      URI node, Set<String> cloudMembers, long timeoutMillis, boolean restOnly, List<URI> homes, ClientAccess access) {
    this.access = access;
    this.node = node;
    this.cloudMembers = cloudMembers;
    this.timeoutMillis = timeoutMillis;
    this.restOnly = restOnly;
    this.homes = List.copyOf(homes);
  }

  /** This transport with chunk i sent to and read from {@code homes.get(i)} when it travels over REST. */
  ChunkTransport routedTo(List<URI> homes) {
    return new ChunkTransport(node, cloudMembers, timeoutMillis, restOnly, homes, access);
  }

  /** This transport reading each chunk of {@code frame} from the node its description names (chunks are in index order). */
  public ChunkTransport routedTo(FrameDescription frame) {
    return routedTo(frame.chunks().stream().map(chunk -> NodeAddress.restApi(node, chunk.node())).toList());
  }

  /**
   * Whether chunks travel over REST from this JVM, rather than in process; the one place this is decided. The driver asks
   * it too, to learn the chunk homes only when tasks will use them (the driver and local tasks share a JVM).
   */
  boolean overRest() {
    return restOnly || !inProcessNode();
  }

  /** Opens chunk {@code chunk} of {@code chunks} of {@code frameId} for writing. */
  ChunkOutput open(String frameId, ColumnType[] fixedTypes, int chunk, int chunks) {
    if (overRest()) {
      LOG.debug("Chunk {} of H2O frame {}: sent over REST to {}", chunk, frameId, nodeOf(chunk));
      return new ChunkEncoder(fixedTypes);
    }
    LOG.debug("Chunk {} of H2O frame {}: written in process, into this JVM's H2O node", chunk, frameId);
    return ChunkWriter.open(frameId, fixedTypes, chunk, chunks);
  }

  /** Stores the chunk: closes an in-process writer, or posts an encoded chunk to the node that holds it. */
  void deliver(ChunkOutput out, String frameId, int chunk, int chunks) {
    if (out instanceof ChunkEncoder encoded) {
      client(nodeOf(chunk)).uploadChunk(frameId, chunk, chunks, encoded.encode());
    } else {
      out.close();
    }
  }

  /**
   * Opens chunk {@code chunk} of a finished frame for reading: in process, or downloaded from the node that holds it, then
   * with only {@code columns} (frame column numbers) readable.
   */
  public ChunkInput read(String frameId, int chunk, int[] columns) {
    if (!overRest()) {
      return ChunkReader.open(frameId, chunk);
    }
    URI from = nodeOf(chunk);
    String what = "chunk " + chunk + " of H2O frame '" + frameId + "' from " + from;
    try {
      return DownloadDecoder.open(client(from).downloadChunk(frameId, chunk, columns), what);
    } catch (H2OConnectionException e) {
      // The frame cannot be read whole without that node: say so as the driver says a lost cluster, with what to do.
      throw H2OClusterLostException.nodeNotAnswering("the read of chunk " + chunk + " of H2O frame '" + frameId + "'", e);
    }
  }

  private URI nodeOf(int chunk) {
    return chunk < homes.size() ? homes.get(chunk) : node;
  }

  /** One client per node and timeout in this JVM: its connections serve every task. */
  private H2OClient client(URI to) {
    return CLIENTS.computeIfAbsent(
        to + " " + timeoutMillis + " " + access.identity(),
        key -> access.client(to).requestTimeout(Duration.ofMillis(timeoutMillis)).build());
  }

  private boolean inProcessNode() {
    try {
      return EmbeddedNode.running().filter(own -> cloudMembers.contains(own.getHost() + ":" + own.getPort())).isPresent();
    } catch (LinkageError noH2OHere) {
      return false;
    }
  }
}
