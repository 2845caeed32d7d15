package org.sparkling.client;

/**
 * The chunks one H2O node received and sent over REST since it started ({@code GET /3/sparkling/traffic}). Chunks "homed
 * elsewhere" are held by another node, so each cost an extra hop inside the cluster; with chunks sent to and read from the
 * nodes that hold them, those counts stay 0.
 *
 * @param node the node's REST address, {@code ip:port}
 * @param chunksReceived chunk uploads the node stored
 * @param chunksReceivedHomedElsewhere of those, the ones it had to forward to another node
 * @param chunksSent chunk downloads the node answered
 * @param chunksSentHomedElsewhere of those, the ones it had to fetch from another node first
 */
public record ChunkTraffic(
    String node, long chunksReceived, long chunksReceivedHomedElsewhere, long chunksSent, long chunksSentHomedElsewhere) {}
