package org.sparkling.extension;

import java.util.Locale;
import water.H2O;
import water.Key;
import water.TypeMap;
import water.Value;

/** What a key of H2O's store holds, as {@code /3/sparkling/keys} counts it. */
enum KeyKind {
  FRAMES,
  VECS,
  CHUNKS,
  MODELS,
  JOBS,
  /** H2O's vector groups and their row layouts (ESPC), shared by the vectors of one group. */
  LAYOUTS,
  /** Anything else: H2O's own bookkeeping, raw bytes, and the markers H2O leaves for removed keys. */
  OTHER;

  /** The name in the JSON reply. */
  String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** How many keys of each kind this node's store holds, by ordinal; a key cached here from another node counts too. */
  static long[] countLocal() {
    long[] counts = new long[values().length];
    for (Key<?> key : H2O.localKeySet()) {
      Value value = H2O.STORE.get(key);
      if (value != null) { // null: removed while counting
        counts[of(key, value).ordinal()]++;
      }
    }
    return counts;
  }

  private static KeyKind of(Key<?> key, Value value) {
    if (value.type() == TypeMap.NULL || value.type() == TypeMap.PRIM_B) {
      return OTHER; // a removed key's marker, or raw bytes: no class to ask about
    }
    if (key.isChunkKey()) {
      return CHUNKS;
    }
    if (key.isVec()) {
      return VECS;
    }
    try {
      return value.isVec() ? VECS : value.isFrame() ? FRAMES : value.isModel() ? MODELS : value.isJob() ? JOBS
          : value.isVecGroup() || value.isESPCGroup() ? LAYOUTS : OTHER;
    } catch (RuntimeException unknownType) {
      return OTHER; // a type id this node cannot name (H2O's internal markers)
    }
  }
}
