package org.sparkling.extension;

import java.util.Optional;

/**
 * Ends this node's JVM when the process that started it is gone. A JVM killed with SIGKILL runs no shutdown hook, so the
 * nodes it started would otherwise live on as orphans holding their ports and memory.
 *
 * <p>Opt-in with {@code -Dsparkling.node.parent.pid=<pid>}: a node started by hand from a shell that then exits must keep
 * running.
 */
final class ParentProcessWatch {
  private static final long PERIOD_MILLIS = 1_000;

  private ParentProcessWatch() {}

  /** Starts watching the process named by {@link NodeLauncher#PARENT_PID}, if set. */
  static void startIfAsked() {
    String pid = System.getProperty(NodeLauncher.PARENT_PID);
    if (pid == null || pid.isBlank()) {
      return;
    }
    Optional<ProcessHandle> parent = ProcessHandle.of(Long.parseLong(pid.strip()));
    Thread watch = new Thread(() -> watch(parent), "sparkling-parent-watch");
    watch.setDaemon(true);
    watch.start();
  }

  private static void watch(Optional<ProcessHandle> parent) {
    while (parent.map(ProcessHandle::isAlive).orElse(false)) {
      try {
        Thread.sleep(PERIOD_MILLIS);
      } catch (InterruptedException e) {
        return;
      }
    }
    System.err.println(
        "The process that started this H2O node (" + System.getProperty(NodeLauncher.PARENT_PID) + ") is gone; stopping");
    System.exit(0);
  }
}
