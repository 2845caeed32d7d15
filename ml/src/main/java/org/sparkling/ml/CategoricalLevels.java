package org.sparkling.ml;

import hex.genmodel.GenModel;
import java.util.HashMap;
import java.util.Map;

/**
 * The index of every level of a MOJO's categorical columns, by column index: what the MOJO reads for a categorical value.
 * Built once per JVM and MOJO ({@link Mojos#levels}), then only read, by every task at once.
 */
final class CategoricalLevels {
  private final Map<String, Integer>[] byColumn;

  private CategoricalLevels(Map<String, Integer>[] byColumn) {
    this.byColumn = byColumn;
  }

  @SuppressWarnings("unchecked")
  static CategoricalLevels of(GenModel model) {
    Map<String, Integer>[] byColumn = new Map[model.getNames().length];
    for (int column = 0; column < byColumn.length; column++) {
      String[] domain = model.getDomainValues(column);
      if (domain != null) {
        Map<String, Integer> levels = new HashMap<>(domain.length * 2);
        for (int level = 0; level < domain.length; level++) {
          levels.put(domain[level], level);
        }
        byColumn[column] = levels;
      }
    }
    return new CategoricalLevels(byColumn);
  }

  /** The levels of the model's column, or null for a numeric column. */
  Map<String, Integer> of(int column) {
    return byColumn[column];
  }
}
