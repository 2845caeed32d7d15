package org.sparkling.extension;

import water.MRTask;

/** Counts the keys of every node's store by {@link KeyKind} and adds them up, in one round over the cluster. */
final class ClusterKeyCount extends MRTask<ClusterKeyCount> {
  /** Output: the sum over the nodes, by {@link KeyKind} ordinal. */
  long[] counts;
  /** Output: how many nodes answered. */
  int nodes;

  @Override
  protected void setupLocal() {
    counts = KeyKind.countLocal();
    nodes = 1;
  }

  @Override
  public void reduce(ClusterKeyCount other) {
    if (counts == null) {
      counts = other.counts;
      nodes = other.nodes;
    } else if (other.counts != null) {
      for (int kind = 0; kind < counts.length; kind++) {
        counts[kind] += other.counts[kind];
      }
      nodes += other.nodes;
    }
  }
}
