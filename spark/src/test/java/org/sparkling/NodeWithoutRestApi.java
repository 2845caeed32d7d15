package org.sparkling;

import water.H2O;
import water.H2OStarter;

/**
 * An H2O node started the way some operators start them, with {@code -disable_web}: no REST API. Runs as its own JVM in
 * tests, with H2O's arguments; prints {@value #READY} once clouded, and lives until killed.
 */
public final class NodeWithoutRestApi {
  static final String READY = "node without REST API ready";

  private NodeWithoutRestApi() {}

  public static void main(String[] arguments) throws InterruptedException {
    H2OStarter.start(arguments, false);
    H2O.waitForCloudSize(1, 60_000);
    System.out.println(READY);
    System.out.flush();
    Thread.sleep(Long.MAX_VALUE);
  }
}
