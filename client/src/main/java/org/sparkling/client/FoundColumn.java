package org.sparkling.client;

import java.util.List;
import java.util.Objects;

/**
 * A column that chunk writers found in the data while building a frame (element 3 of an array, key "x" of a map).
 *
 * @param name the column's name in the frame
 * @param type {@code numeric}, {@code categorical}, {@code string} or {@code time}
 * @param domain the levels of a categorical column written as level indices, else {@code null}
 * @param slots per chunk index, the writer's slot holding this column, or -1 where that chunk has none
 */
public record FoundColumn(String name, String type, List<String> domain, int[] slots) {
  public FoundColumn {
    Objects.requireNonNull(name, "name == null");
    Objects.requireNonNull(type, "type == null");
    domain = domain == null ? null : List.copyOf(domain);
    slots = slots.clone();
  }
}
