package org.sparkling.extension;

/**
 * What {@link LevelMerge} found for one text column: either a sorted domain and, per chunk, the domain index of each
 * chunk-local level; or that the column has more distinct values than the limit, and stays text.
 */
final class MergedLevels {
  private final String[] domain;
  private final int[][] renumbering;

  private MergedLevels(String[] domain, int[][] renumbering) {
    this.domain = domain;
    this.renumbering = renumbering;
  }

  static MergedLevels of(String[] domain, int[][] renumbering) {
    return new MergedLevels(domain, renumbering);
  }

  static MergedLevels overLimit() {
    return new MergedLevels(null, null);
  }

  boolean fitsCategorical() {
    return domain != null;
  }

  /** The sorted distinct values. */
  String[] domain() {
    return domain;
  }

  /** Domain index by chunk-local level of {@code chunk}; null where the chunk has no value in the column. */
  int[] renumbering(int chunk) {
    return renumbering[chunk];
  }
}
