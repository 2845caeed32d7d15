package org.sparkling.bench;

import java.util.Map;

/**
 * A contender that is just a piece of work to time, with nothing to set up or clean up.
 *
 * @param name the name in the report
 * @param definition what exactly is measured
 * @param work the work, done once per round
 */
record Work(String name, String definition, Runnable work) implements Contender {

  @Override
  public Map<String, Double> run() {
    work.run();
    return Map.of();
  }
}
