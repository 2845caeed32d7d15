package org.sparkling.extension;

import water.DKV;
import water.Key;
import water.MRTask;
import water.fvec.VectorGroups;

/**
 * Tidies every node after keys were removed. H2O leaves a removed key's marker in its home node's store until someone
 * reads the key again; a read on the home node drops it, so each node reads the removed keys it is home to. Each node
 * also forgets its cached copy of removed row layouts.
 */
final class KeySweep extends MRTask<KeySweep> {
  private final Key<?>[] removed;
  private final Key<?>[] removedLayouts;

  KeySweep(Key<?>[] removed, Key<?>[] removedLayouts) {
    this.removed = removed;
    this.removedLayouts = removedLayouts;
  }

  @Override
  protected void setupLocal() {
    for (Key<?> layout : removedLayouts) {
      VectorGroups.forgetLayouts(layout);
    }
    for (Key<?> key : removed) {
      if (key.home()) {
        DKV.get(key); // finds the removal marker and drops it
      }
    }
  }

  /** Sweeps the removal markers of {@code removed} on every node, in one round over the cluster. */
  static void sweep(java.util.Collection<? extends Key<?>> removed) {
    if (!removed.isEmpty()) {
      new KeySweep(removed.toArray(new Key<?>[0]), new Key<?>[0]).doAllNodes();
    }
  }
}
