package org.sparkling.client;

/**
 * How many keys one H2O node's store holds, by kind ({@code GET /3/sparkling/keys}), or all nodes together
 * ({@code ?cluster=true}). Unlike H2O's frame and model listings, this also counts the vecs and chunks of frames, so a
 * frame removed without its data shows as a leak.
 *
 * @param node the REST address, {@code ip:port}, of the node that answered
 * @param nodes how many nodes the counts cover: 1, or the cluster's size
 * @param frames frame headers
 * @param vecs column vectors
 * @param chunks chunks of column data
 * @param models trained models
 * @param jobs finished or running jobs (H2O keeps them for its job list)
 * @param layouts H2O's vector groups and chunk layouts (ESPC groups), which it shares between frames of one shape
 * @param other any other key: H2O's own bookkeeping, and the markers it keeps for removed keys until they are read again
 * @param total all of them
 */
public record StoredKeys(
    String node, int nodes, long frames, long vecs, long chunks, long models, long jobs, long layouts, long other, long total) {

  /** The keys that hold user data: frames, their vecs and chunks, and models. */
  public long userData() {
    return frames + vecs + chunks + models;
  }
}
