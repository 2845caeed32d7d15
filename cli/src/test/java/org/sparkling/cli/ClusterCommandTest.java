package org.sparkling.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.sparkling.H2OConf;
import org.sparkling.backend.external.NodeJvms;
import org.sparkling.client.Cloud;
import org.sparkling.client.H2OClient;
import org.sparkling.client.H2OTlsException;
import org.sparkling.client.TrustedCertificates;
import org.sparkling.security.ClientAccess;
import picocli.CommandLine;

/** Drives {@code sparkling cluster} and {@code sparkling node} as a user would: read what they print, connect, stop them. */
class ClusterCommandTest {
  private static final Pattern REPRESENTATIVE =
      Pattern.compile("spark\\.ext\\.h2o\\.cloud\\.representative=127\\.0\\.0\\.1:(\\d+)");
  private static final long START_MILLIS = 180_000;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int execute(String... arguments) {
    CommandLine commandLine = new CommandLine(new SparklingCommand());
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    return commandLine.execute(arguments);
  }

  private static String[] small(String command, String cloudName, String... more) {
    String[] common = {
      command, "--name", cloudName, "--memory", "512m", "--nthreads", "1", "--port", Integer.toString(NodeJvms.basePort()),
      "--work-dir", NodeJvms.workDir(cloudName).toString(), "--timeout", "180"
    };
    String[] all = Arrays.copyOf(common, common.length + more.length);
    System.arraycopy(more, 0, all, common.length, more.length);
    return all;
  }

  @Test
  void clusterPrintsHowToConnectServesTheWholeCloudAndStopsWhenInterrupted() throws Exception {
    String cloudName = NodeJvms.cloudName("cli-cluster");
    try (TwoNodeCluster command = new TwoNodeCluster(cloudName)) {
      int port = command.port;

      Cloud cloud = H2OClient.newBuilder(URI.create("http://127.0.0.1:" + port)).build().cloud();
      assertThat(cloud.cloudName()).isEqualTo(cloudName);
      assertThat(cloud.cloudSize()).isEqualTo(2);
      assertThat(out.toString())
          .contains("H2O cluster '" + cloudName + "' is up in ")
          .contains("new H2OConf().setExternalClusterMode().setH2OCluster(\"127.0.0.1\", " + port + ")")
          .contains("--conf spark.ext.h2o.backend.cluster.mode=external --conf spark.ext.h2o.cloud.representative=127.0.0.1:"
              + port)
          .contains("Press Ctrl-C to stop it.");
      List<ProcessHandle> nodes = NodeJvms.of(cloudName);
      assertThat(nodes).hasSize(2);

      command.thread.interrupt();

      assertThat(command.exitCode()).as("exit code; stderr: %s", err).isZero();
      assertThat(out.toString()).contains("H2O cluster '" + cloudName + "' stopped.");
      assertThat(nodes).noneMatch(ProcessHandle::isAlive);
      assertThat(NodeJvms.listening(port)).isFalse();
    }
  }

  @Test
  void securedPrintsWhereTheLoginAndTruststoreAreButNeverThePassword() throws Exception {
    String cloudName = NodeJvms.cloudName("cli-secured");
    AtomicInteger exitCode = new AtomicInteger(-1);
    Thread command = new Thread(() -> exitCode.set(execute(small("cluster", cloudName, "--nodes", "1", "--secured"))));
    command.start();
    try {
      int port = awaitPrintedPort(out::toString, command::isAlive);
      Path client = NodeJvms.workDir(cloudName).resolve("client");
      Path credentials = client.resolve("credentials");
      Path truststore = client.resolve("truststore.jks");
      assertThat(out.toString())
          .contains("login and HTTPS")
          .contains("https://127.0.0.1:" + port)
          .contains("user:        sparkling")
          .contains("credentials: " + credentials)
          .contains("truststore:  " + truststore)
          .contains(".setCredentialsFile(\"" + credentials + "\").setTruststore(\"" + truststore + "\", \"\")")
          .contains("--conf spark.ext.h2o.credentials.file=" + credentials + " --conf spark.ext.h2o.truststore=" + truststore);
      String password = Files.readString(credentials).strip().substring("sparkling:".length());
      assertThat(password).hasSizeGreaterThan(20);
      assertThat(out.toString() + err).doesNotContain(password);
      assertThat(Files.getPosixFilePermissions(credentials)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
      assertThat(Files.getPosixFilePermissions(client)).isEqualTo(PosixFilePermissions.fromString("rwx------"));

      // What the printed options give a client: the login and the certificate, and nothing without them.
      H2OConf printed = new H2OConf().setCredentialsFile(credentials.toString()).setTruststore(truststore.toString(), "");
      URI node = URI.create("https://127.0.0.1:" + port);
      assertThat(ClientAccess.of(printed).client(node).build().cloud().cloudName()).isEqualTo(cloudName);
      HttpClient anyCertificate = HttpClient.newBuilder().sslContext(TrustedCertificates.any().sslContext()).build();
      HttpResponse<Void> anonymous = anyCertificate.send(
          HttpRequest.newBuilder(node.resolve("/3/Cloud")).GET().build(), HttpResponse.BodyHandlers.discarding());
      assertThat(anonymous.statusCode()).isEqualTo(401);
      assertThatThrownBy(() -> H2OClient.newBuilder(node).build().cloud()).isInstanceOf(H2OTlsException.class);
    } finally {
      command.interrupt();
      command.join(60_000);
    }
    assertThat(exitCode.get()).as("stderr: %s", err).isZero();
    assertThat(NodeJvms.of(cloudName)).isEmpty();
  }

  @Test
  void securedWithAnOfficialH2OJarIsAUsageErrorBeforeAnythingIsGenerated() throws IOException {
    String cloudName = NodeJvms.cloudName("cli-secured-jar");
    Path jar = Files.writeString(Files.createDirectories(NodeJvms.workDir(cloudName)).resolve("h2o.jar"), "not a jar");

    assertThat(execute(small("node", cloudName, "--h2o-jar", jar.toString(), "--secured"))).isEqualTo(2);

    assertThat(err.toString()).contains("--secured does not work with --h2o-jar").contains("command line");
    assertThat(NodeJvms.workDir(cloudName).resolve("security")).doesNotExist();
  }

  @Test
  void whenANodeDiesTheOthersAreStoppedAndTheCommandFailsSayingWhich() throws Exception {
    String cloudName = NodeJvms.cloudName("cli-node-dies");
    try (TwoNodeCluster command = new TwoNodeCluster(cloudName)) {
      List<ProcessHandle> nodes = NodeJvms.of(cloudName);
      assertThat(nodes).hasSize(2);

      nodes.get(0).destroyForcibly();

      assertThat(command.exitCode()).isEqualTo(1);
      assertThat(err.toString())
          .startsWith("sparkling cluster: The H2O node 127.0.0.1:")
          .contains("(pid " + nodes.get(0).pid() + ") exited with code 137")
          .contains("The other nodes are stopped.");
      assertThat(nodes).noneMatch(ProcessHandle::isAlive);
    }
  }

  @Test
  void aNodeRunAsItsOwnProcessLeavesNothingBehindWhenThatProcessIsTerminated() throws Exception {
    // As ./sparkling node runs it; Ctrl-C and kill end the JVM the same way: its shutdown hook stops the node.
    String cloudName = NodeJvms.cloudName("cli-node");
    Path output = Files.createDirectories(NodeJvms.workDir(cloudName)).resolve("sparkling.out");
    List<String> command = new ArrayList<>();
    command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m"));
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), SparklingCommand.class.getName()));
    command.addAll(List.of(small("node", cloudName)));
    Process sparkling = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
    try {
      int port = awaitPrintedPort(() -> read(output), sparkling::isAlive);
      assertThat(H2OClient.newBuilder(URI.create("http://127.0.0.1:" + port)).build().cloud().cloudSize()).isEqualTo(1);
      List<ProcessHandle> nodes = NodeJvms.of(cloudName);
      assertThat(nodes).hasSize(1);

      sparkling.destroy();

      assertThat(sparkling.waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(sparkling.exitValue()).as("128 + SIGTERM").isEqualTo(143);
      assertThat(read(output)).contains("H2O cluster '" + cloudName + "' stopped.");
      assertThat(nodes).noneMatch(ProcessHandle::isAlive); // not only descendants: an orphan is no longer one
      assertThat(NodeJvms.listening(port)).isFalse();
    } finally {
      sparkling.destroyForcibly();
    }
  }

  @Test
  void aNodeThatCannotStartFailsWithExitCode1AndItsOutputWithVerbose() throws IOException {
    String cloudName = NodeJvms.cloudName("cli-broken-jar");
    Path notAJar = Files.writeString(Files.createDirectories(NodeJvms.workDir(cloudName)).resolve("h2o.jar"), "not a jar");

    int exitCode = execute(small("node", cloudName, "--h2o-jar", notAJar.toString(), "--verbose"));

    assertThat(exitCode).as("stdout: %s", out).isEqualTo(1);
    assertThat(err.toString().lines().findFirst().orElseThrow())
        .startsWith("sparkling node: The H2O cluster '" + cloudName + "' did not start")
        .contains("node.out");
    assertThat(err.toString()).contains("water.H2OApp");
    assertThat(NodeJvms.of(cloudName)).isEmpty();
  }

  @Test
  void aCloudThatDoesNotFormInTimeFailsWithExitCode1AndOneLine() {
    String cloudName = NodeJvms.cloudName("cli-timeout");
    String[] options = small("cluster", cloudName, "--nodes", "2");
    options[Arrays.asList(options).indexOf("--timeout") + 1] = "1";

    int exitCode = execute(options);

    assertThat(exitCode).as("stdout: %s", out).isEqualTo(1);
    assertThat(err.toString().lines().count()).as(err.toString()).isEqualTo(1);
    assertThat(err.toString()).startsWith("sparkling cluster: The H2O cluster '" + cloudName + "'")
        .contains("(--verbose shows more)");
    assertThat(NodeJvms.of(cloudName)).isEmpty();
  }

  @Test
  void aPortAlreadyTakenFailsWithExitCode1AndOneLineBeforeStartingANode() throws IOException {
    String cloudName = NodeJvms.cloudName("cli-port-taken");
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      String[] options = small("node", cloudName);
      options[Arrays.asList(options).indexOf("--port") + 1] = Integer.toString(taken.getLocalPort());

      int exitCode = execute(options);

      assertThat(exitCode).isEqualTo(1);
      assertThat(err.toString().strip()).isEqualTo(String.format("sparkling node: Port %d or %d on 127.0.0.1 is taken (an"
          + " H2O node listens on its --port and the next one): stop what holds it, or pass another --port",
          taken.getLocalPort(), taken.getLocalPort() + 1));
      assertThat(out.toString()).isEmpty();
      assertThat(NodeJvms.of(cloudName)).isEmpty();
    }
  }

  @Test
  void invalidOptionsAreUsageErrors() {
    assertThat(execute("cluster", "--nodes", "2", "--memory", "lots")).isEqualTo(2);
    assertThat(err.toString()).contains("sparkling cluster: Invalid H2O node memory 'lots'").contains("--memory");
    assertThat(out.toString()).as("nothing said to start").isEmpty();
    assertThat(execute("cluster", "--nodes", "two")).isEqualTo(2);
    assertThat(execute("node", "--h2o-jar", "/no/such/h2o.jar")).isEqualTo(2);
    assertThat(err.toString()).contains("/no/such/h2o.jar does not exist");
  }

  /** {@code sparkling cluster --nodes 2} running in a thread of this JVM, up; closing it interrupts it (like Ctrl-C). */
  private final class TwoNodeCluster implements AutoCloseable {
    private final AtomicInteger exitCode = new AtomicInteger(-1);
    final Thread thread;
    final int port;

    TwoNodeCluster(String cloudName) throws InterruptedException {
      thread = new Thread(() -> exitCode.set(execute(small("cluster", cloudName, "--nodes", "2"))), "sparkling-cluster");
      thread.start();
      try {
        port = awaitPrintedPort(out::toString, thread::isAlive);
      } catch (AssertionError | InterruptedException e) {
        close();
        throw e;
      }
    }

    /** Waits for the command to end. */
    int exitCode() throws InterruptedException {
      thread.join(60_000);
      return exitCode.get();
    }

    @Override
    public void close() throws InterruptedException {
      thread.interrupt();
      thread.join(60_000);
    }
  }

  private static int awaitPrintedPort(Supplier<String> output, BooleanSupplier running) throws InterruptedException {
    long deadline = System.currentTimeMillis() + START_MILLIS;
    while (System.currentTimeMillis() < deadline && running.getAsBoolean()) {
      Matcher printed = REPRESENTATIVE.matcher(output.get());
      if (printed.find()) {
        return Integer.parseInt(printed.group(1));
      }
      Thread.sleep(200);
    }
    throw new AssertionError("No connection line printed; output:\n" + output.get());
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
