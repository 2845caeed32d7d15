package org.sparkling.extension;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import water.DKV;
import water.Futures;
import water.Key;
import water.fvec.Frame;
import water.fvec.Vec;
import water.fvec.VectorGroups;

/**
 * Removes a frame and what H2O's own removal leaves behind: the group key and row-layout key of its vector groups, and
 * the removal markers of its keys.
 *
 * <p>A group's keys go only when no vector of the group is left anywhere in the cluster. Every conversion makes its own
 * group, named after the frame id ({@code PartialFrames.groupMember}), so two converted frames never share one; but
 * frames H2O derives from a converted frame (predictions, copies, results of Rapids expressions) put their vectors in the
 * converted frame's group and read its row layouts, and those must keep working once the converted frame is removed.
 */
final class FrameRemoval {
  private final List<Key<?>> removed = new ArrayList<>();
  private final Map<Key<?>, Integer> groupEnds = new LinkedHashMap<>();

  /** Removes a finished frame: its vectors and chunks, its key, and then its groups' keys where no vector is left. */
  static void removeFinished(Frame frame) {
    FrameRemoval removal = new FrameRemoval();
    for (Key<Vec> vec : frame.keys()) {
      removal.candidate(VectorGroups.groupOf(vec), VectorGroups.number(vec) + 1);
    }
    frame.delete();
    removal.removed(frame._key);
    removal.finish();
  }

  /** A group whose keys may go after the removal; its vectors so far are numbered below {@code end}. */
  FrameRemoval candidate(Key<?> group, int end) {
    if (!VectorGroups.isCommon(group)) {
      groupEnds.merge(group, end, Math::max);
    }
    return this;
  }

  /** A key removed from the store, whose removal marker is to be swept. */
  FrameRemoval removed(Key<?> key) {
    removed.add(key);
    return this;
  }

  FrameRemoval removed(Collection<? extends Key<?>> keys) {
    removed.addAll(keys);
    return this;
  }

  /** Removes the keys of the candidate groups that no vector uses any more, then sweeps every node. */
  void finish() {
    List<Key<?>> layouts = new ArrayList<>();
    if (!groupEnds.isEmpty() && VectorGroups.canForgetLayouts()) {
      Key<?>[] groups = groupEnds.keySet().toArray(new Key<?>[0]);
      int[] ends = new int[groups.length];
      for (int group = 0; group < groups.length; group++) {
        ends[group] = Math.max(groupEnds.get(groups[group]), VectorGroups.handedOut(groups[group]));
      }
      boolean[] used = new UsedGroups(groups, ends).doAllNodes().used;
      Futures pending = new Futures();
      for (int group = 0; group < groups.length; group++) {
        if (!used[group]) {
          Key<?> layout = VectorGroups.layoutOf(groups[group]);
          DKV.remove(groups[group], pending);
          DKV.remove(layout, pending);
          removed.add(groups[group]);
          removed.add(layout);
          layouts.add(layout);
        }
      }
      pending.blockForPending();
    }
    if (!removed.isEmpty() || !layouts.isEmpty()) {
      new KeySweep(removed.toArray(new Key<?>[0]), layouts.toArray(new Key<?>[0])).doAllNodes();
    }
  }
}
