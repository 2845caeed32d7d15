package org.sparkling.extension;

import water.DKV;
import water.Key;
import water.MRTask;
import water.fvec.VectorGroups;

/**
 * Asks every node whether it still holds a vector of each of some vector groups: a vector's header lives on its home
 * node, so each node looks only at the members homed there. Members are numbered below {@code ends[g]}: H2O hands out
 * every further number through the group key, which counts them.
 */
final class UsedGroups extends MRTask<UsedGroups> {
  private final Key<?>[] groups;
  private final int[] ends;
  /** Output: whether group g still has a vector somewhere. */
  boolean[] used;

  UsedGroups(Key<?>[] groups, int[] ends) {
    this.groups = groups;
    this.ends = ends;
  }

  @Override
  protected void setupLocal() {
    used = new boolean[groups.length];
    for (int group = 0; group < groups.length; group++) {
      for (int number = 0; number < ends[group] && !used[group]; number++) {
        Key<?> member = VectorGroups.member(groups[group], number);
        used[group] = member.home() && DKV.get(member) != null;
      }
    }
  }

  @Override
  public void reduce(UsedGroups other) {
    if (used == null) {
      used = other.used;
    } else if (other.used != null) {
      for (int group = 0; group < used.length; group++) {
        used[group] |= other.used[group];
      }
    }
  }
}
