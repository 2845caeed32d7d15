package org.sparkling.backend.external;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** What tests of local H2O clusters look at from outside: the node processes and their ports. */
public final class NodeJvms {
  private NodeJvms() {}

  /** The live processes this JVM started (at any depth) whose command line has {@code -name cloudName}. */
  public static List<ProcessHandle> of(String cloudName) {
    return ProcessHandle.current()
        .descendants()
        .filter(ProcessHandle::isAlive)
        .filter(process -> process.info().commandLine().orElse("").contains(" -name " + cloudName + " "))
        .toList();
  }

  /** Whether anything accepts connections on 127.0.0.1:{@code port}. */
  public static boolean listening(int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 1_000);
      return true;
    } catch (IOException refused) {
      return false;
    }
  }

  /**
   * A base port away from H2O's default 54321, where other tests on this machine start their nodes, and below Linux's
   * ephemeral range (32768+), so that no outgoing connection takes a node's port between the check and the bind.
   */
  public static int basePort() {
    return ThreadLocalRandom.current().nextInt(20_000, 32_000);
  }

  /** A fresh cloud name for a test. */
  public static String cloudName(String test) {
    return test + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  /** The work dir of a test cluster, under the module's target folder. */
  public static Path workDir(String cloudName) {
    return Path.of("target", "h2o-clusters", cloudName).toAbsolutePath();
  }
}
