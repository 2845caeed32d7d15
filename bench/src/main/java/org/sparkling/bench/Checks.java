package org.sparkling.bench;

/** Sanity checks that keep a contender from being fast because it did less. */
final class Checks {
  private Checks() {}

  static void rows(String contender, long actual, long expected) {
    if (actual != expected) {
      throw new IllegalStateException(contender + " saw " + actual + " rows, expected " + expected);
    }
  }
}
