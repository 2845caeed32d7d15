package org.sparkling.extension;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Starts an H2O node with the Sparkling extension in its own JVM:
 * {@code java -cp <h2o runtime>:<extension> org.sparkling.extension.NodeLauncher -ip 127.0.0.1 -port 54321 -name cloud ...}.
 *
 * <p>Takes H2O's own arguments. With {@code -flatfile}, waits until every listed node has joined; then prints one line
 * {@code Sparkling H2O node ready at http://ip:port} that scripts and tests wait for. With
 * {@code -Dsparkling.node.parent.pid=<pid>} the node stops when that process is gone.
 */
public final class NodeLauncher {
  /** The line printed once the node's REST API is up; the URL follows it. */
  public static final String READY = "Sparkling H2O node ready at ";

  /** System property: seconds to wait for the cloud of the flatfile's nodes to form (default 120). */
  public static final String CLOUD_TIMEOUT_SECONDS = "sparkling.cloud.timeout.seconds";

  /** System property: the id of the process whose end stops this node. */
  public static final String PARENT_PID = "sparkling.node.parent.pid";

  /**
   * Environment variable: the password of the keystore given with {@code -jks}. H2O takes it from {@code -jks_pass}, which
   * would show it on the command line to every user of the machine, and H2O logs its arguments; the environment is
   * private to the node's user, and the password goes straight into H2O's settings.
   */
  public static final String JKS_PASSWORD_ENVIRONMENT = "SPARKLING_H2O_JKS_PASSWORD";

  private NodeLauncher() {}

  public static void main(String[] args) {
    ParentProcessWatch.startIfAsked();
    List<String> arguments = List.of(args);
    Duration cloudTimeout = Duration.ofSeconds(Long.getLong(CLOUD_TIMEOUT_SECONDS, 120));
    URI node = EmbeddedNode.start(
        arguments, System.getenv(JKS_PASSWORD_ENVIRONMENT), JKS_PASSWORD_ENVIRONMENT, expectedCloudSize(arguments), cloudTimeout);
    System.out.println(READY + node);
    System.out.flush();
  }

  static int expectedCloudSize(List<String> arguments) {
    int flatfile = arguments.indexOf("-flatfile");
    if (flatfile < 0 || flatfile + 1 >= arguments.size()) {
      return 1;
    }
    try (var lines = Files.lines(Path.of(arguments.get(flatfile + 1)))) {
      return (int) Math.max(1, lines.map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).count());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the flatfile " + arguments.get(flatfile + 1), e);
    }
  }
}
