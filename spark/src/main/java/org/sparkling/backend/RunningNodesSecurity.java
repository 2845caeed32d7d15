package org.sparkling.backend;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.sparkling.H2OConf;
import org.sparkling.security.ClusterSecurity;

/**
 * How the H2O nodes inside Spark JVMs were secured when they started. Those nodes outlive the context that started them
 * (H2O cannot restart in a JVM), so a later context must reach them with the same login and certificate, which only this
 * driver knows, and cannot secure nodes that already run open.
 */
final class RunningNodesSecurity {
  private static final Map<String, ClusterSecurity> BY_OWNER = new HashMap<>();

  private RunningNodesSecurity() {}

  /**
   * The security of the nodes of {@code owner} (this JVM's embedded node, or an application's executors): the one they
   * were started with, else the one {@code create} makes, remembered for later contexts.
   *
   * @param owner whose nodes, in words: "this JVM", "application app-2026..."
   */
  static synchronized ClusterSecurity of(String owner, H2OConf conf, Supplier<ClusterSecurity> create) {
    ClusterSecurity running = BY_OWNER.get(owner);
    if (running == null) {
      running = create.get();
      BY_OWNER.put(owner, running);
      return running;
    }
    List<String> asked = SecuredStart.asked(conf);
    if (!running.secured() && !asked.isEmpty()) {
      throw new IllegalStateException(String.format(
          "%s ask(s) for H2O nodes with a login or HTTPS, but the H2O nodes of %s already run without them: an earlier "
              + "H2OContext started them, and H2O cannot restart inside a running JVM. Set these options before the first "
              + "H2OContext of a new application (with a local master: a new JVM).", String.join(", ", asked), owner));
    }
    return running;
  }

  /** The security the nodes of {@code owner} were started with, if any were. */
  static synchronized Optional<ClusterSecurity> started(String owner) {
    return Optional.ofNullable(BY_OWNER.get(owner));
  }
}
