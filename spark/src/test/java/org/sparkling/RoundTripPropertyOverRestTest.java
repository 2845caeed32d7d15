package org.sparkling;

import java.util.stream.LongStream;

/**
 * The property of {@link RoundTripPropertyTest} with chunks going both ways over REST: 50 seeds by default (the binary
 * streams are tested alone on seeded data too), {@code -Dsparkling.seeds=200} for more.
 */
class RoundTripPropertyOverRestTest extends RoundTripPropertyTest implements LocalSpark.OverRest {
  static LongStream seeds() {
    return seeds(50);
  }
}
