package water.fvec;

import java.lang.reflect.Field;
import java.util.Map;
import water.DKV;
import water.Key;
import water.Value;
import water.util.UnsafeUtils;

/**
 * Opens h2o-core's bookkeeping of vector groups to the Sparkling extension. Every vector belongs to a group; the group
 * has two keys of its own: the group key (how many vector numbers it handed out) and the row-layout key (the ESPC
 * arrays, chunk start rows, that its vectors share). H2O never removes either, so they are found here from any member's
 * key (bytes 2-9 of a vector key hold its number and -1; the group key has -1, -1 there, the layout key -1, -2).
 */
public final class VectorGroups {
  private static final int GROUP_TAG = -1;
  private static final int LAYOUT_TAG = -2;
  /** Each node's cache of row layouts by layout key (private in h2o-core), or null if this H2O has none by that name. */
  private static final Map<?, ?> LAYOUT_CACHE = layoutCache();

  private VectorGroups() {}

  /** The group key of the group that the vector {@code vecKey} belongs to. */
  public static Key<?> groupOf(Key<?> vecKey) {
    return groupKey(vecKey, GROUP_TAG);
  }

  /** The row-layout (ESPC) key of the group {@code groupKey}. */
  public static Key<?> layoutOf(Key<?> groupKey) {
    return groupKey(groupKey, LAYOUT_TAG);
  }

  /** The key of vector number {@code number} of the group {@code groupKey}. */
  public static Key<Vec> member(Key<?> groupKey, int number) {
    byte[] bits = groupKey._kb.clone();
    bits[0] = Key.VEC;
    UnsafeUtils.set4(bits, 2, number);
    UnsafeUtils.set4(bits, 6, -1);
    return Key.make(bits);
  }

  /** The number of the vector {@code vecKey} within its group. */
  public static int number(Key<?> vecKey) {
    return UnsafeUtils.get4(vecKey._kb, 2);
  }

  /** How many vector numbers the group has handed out through H2O ({@code VectorGroup.reserveKeys}); 0 if none. */
  public static int handedOut(Key<?> groupKey) {
    Value value = DKV.get(groupKey);
    return value == null ? 0 : value.<Vec.VectorGroup>get().len();
  }

  /** Whether the group is H2O's one shared group of short constant vectors, which no frame owns. */
  public static boolean isCommon(Key<?> groupKey) {
    return groupKey.equals(Vec.VectorGroup.VG_LEN1._key);
  }

  /** Whether this node can drop a row layout from its cache ({@link #forgetLayouts}); without it a layout must stay. */
  public static boolean canForgetLayouts() {
    return LAYOUT_CACHE != null;
  }

  /**
   * Drops this node's cached copy of the row layouts of {@code layoutKey}. Needed once the layout key is removed: a stale
   * cached copy would give a group made again under the same key (a frame converted again under its old id) the old
   * layout numbers.
   */
  public static void forgetLayouts(Key<?> layoutKey) {
    if (LAYOUT_CACHE != null) {
      LAYOUT_CACHE.remove(layoutKey);
    }
  }

  private static Key<?> groupKey(Key<?> memberKey, int tag) {
    byte[] bits = memberKey._kb.clone();
    bits[0] = Key.GRP;
    UnsafeUtils.set4(bits, 2, -1);
    UnsafeUtils.set4(bits, 6, tag);
    return Key.make(bits);
  }

  private static Map<?, ?> layoutCache() {
    try {
      Field cache = Vec.ESPC.class.getDeclaredField("ESPCS");
      cache.setAccessible(true);
      return (Map<?, ?>) cache.get(null);
    } catch (ReflectiveOperationException | RuntimeException notThere) {
      return null; // another h2o-core: layouts are then kept, as H2O itself does
    }
  }
}
