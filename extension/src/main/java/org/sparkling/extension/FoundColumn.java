package org.sparkling.extension;

/**
 * A column some chunk writers found in the data, as the driver describes it when finishing the frame: its name, type,
 * levels (for booleans) and, per chunk index, the writer's slot that holds it or -1 where that chunk never saw it.
 */
final class FoundColumn {
  String name;
  String type;
  String[] domain;
  int[] slots;
}
