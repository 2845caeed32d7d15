package org.sparkling;

/**
 * Which frame keys survive H2O unchanged. H2O keeps one byte per character of a key and writes the others, and
 * {@code $}, as hex, so {@code "東京"} would become {@code "$71ac$"} and could collide with another key.
 */
final class FrameKeys {
  private FrameKeys() {}

  static void requireValid(String frameId) {
    if (frameId == null || frameId.isBlank()) {
      throw new IllegalArgumentException("An H2O frame key must not be blank");
    }
    for (int i = 0; i < frameId.length(); i++) {
      char c = frameId.charAt(i);
      if (c < 0x20 || c > 0x7e || c == '$' || c == '/') {
        throw new IllegalArgumentException(
            "Invalid H2O frame key '" + frameId + "': H2O keeps keys of printable ASCII characters only, without '$' "
                + "and '/'. Use e.g. '" + suggestion(frameId) + "'.");
      }
    }
  }

  private static String suggestion(String frameId) {
    String ascii = frameId.replaceAll("[^\\x21-\\x7e]|[$/]", "_");
    return ascii.isBlank() ? "frame_1" : ascii;
  }
}
