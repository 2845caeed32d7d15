package org.sparkling.backend;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * H2O's own command-line arguments for a node Sparkling Water starts: in a Spark JVM (embedded, in executors) or in a
 * JVM of its own (the external backend's automatic start).
 */
public final class NodeArguments {
  private final List<String> arguments = new ArrayList<>();

  /**
   * A node of cloud {@code cloudName} on {@code ip:port}, REST API on {@code webIp}, with its files (ice, Flow notebooks)
   * under {@code folder} and its log in {@code logDir}.
   */
  public NodeArguments(String cloudName, String ip, String webIp, int port, Path folder, Path logDir, H2OLogLevel logLevel) {
    add("-name", cloudName);
    add("-ip", ip);
    add("-web_ip", webIp);
    add("-port", Integer.toString(port));
    add("-log_dir", logDir.toString());
    add("-log_level", logLevel.name());
    add("-ice_root", folder.resolve("ice").toString());
    add("-flow_dir", folder.resolve("flows").toString());
    if (Runtime.version().feature() > 17) {
      arguments.add("-allow_unsupported_java"); // H2O 3.44 knows Java up to 17; the node runs on this JVM's Java
    }
  }

  /** No H2O output on stdout: a node in a Spark JVM would print model summaries to the application's; they stay in its log. */
  public NodeArguments quiet() {
    arguments.add("-quiet");
    return this;
  }

  /** H2O's worker threads; none or a negative number leaves H2O's default, every core the JVM sees. */
  public NodeArguments nthreads(int threads) {
    if (threads > 0) {
      add("-nthreads", Integer.toString(threads));
    }
    return this;
  }

  /** The file listing every node of the cloud, one {@code ip:port} a line. */
  public NodeArguments flatfile(Path file) {
    add("-flatfile", file.toString());
    return this;
  }

  /** The login and HTTPS flags ({@code -hash_login -login_conf <file>}, {@code -jks <file>}); never a password. */
  public NodeArguments secured(List<String> securityArguments) {
    arguments.addAll(securityArguments);
    return this;
  }

  public List<String> toList() {
    return List.copyOf(arguments);
  }

  private void add(String flag, String value) {
    arguments.add(flag);
    arguments.add(value);
  }

  @Override
  public String toString() {
    return String.join(" ", arguments);
  }
}
