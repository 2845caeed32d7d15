package org.sparkling.bench;

import java.util.Map;

/** One way of moving (or just reading) a data set, measured round after round by {@link RoundRunner}. */
interface Contender {

  /** The name in the report, e.g. {@code to-H2O}. */
  String name();

  /** What exactly is measured, for the report. */
  String definition();

  /** Prepares what every round needs (not measured). */
  default void setUp() {}

  /**
   * Does the work once; the runner times the whole call.
   *
   * @return the seconds of named parts of the work, if it has parts worth telling apart, else an empty map
   */
  Map<String, Double> run() throws Exception;

  /** Removes what {@link #run} left (frames, files), after its heap was measured. Not measured. */
  default void cleanUp() {}

  /** Removes what {@link #setUp} made. */
  default void tearDown() {}
}
