package org.sparkling.backend.external;

import java.util.Locale;
import java.util.regex.Pattern;
import org.sparkling.H2OOptions;

/** The heap of an H2O node as Java's {@code -Xmx} (and H2O's {@code -mapperXmx}) take it: {@code 2g}, {@code 512m}. */
final class HeapSize {
  private static final Pattern SIZE = Pattern.compile("[1-9][0-9]*[kmgt]?");

  private HeapSize() {}

  /** {@code memory} lower-cased, if it is a heap size; a node JVM would otherwise die at once with a terse message. */
  static String check(String memory) {
    String size = memory == null ? "" : memory.strip().toLowerCase(Locale.ROOT);
    if (!SIZE.matcher(size).matches()) {
      throw new IllegalArgumentException(
          String.format(
              "Invalid H2O node memory '%s': expected a heap size as for java -Xmx, a number with an optional unit k, m, g "
                  + "or t, like 2g or 512m (%s, or --memory on the command line)",
              memory, H2OOptions.EXTERNAL_MEMORY));
    }
    return size;
  }
}
