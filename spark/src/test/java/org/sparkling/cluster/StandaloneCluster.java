package org.sparkling.cluster;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real Spark standalone cluster on 127.0.0.1 for tests: a Master and {@code workers} Workers, each its own JVM started
 * from this test's classpath, whose executors are JVMs of their own too.
 *
 * <pre>{@code
 * try (StandaloneCluster cluster = StandaloneCluster.start(2, 2, Path.of("target/cluster"))) {
 *   SparkSession.Builder builder = SparkSession.builder().master(cluster.masterUrl());
 *   cluster.driverSettings().forEach(builder::config);
 *   ...
 * }
 * }</pre>
 *
 * <p>{@link #close()} stops every process it started (executors included), also when the test fails; a JVM shutdown hook
 * does the same if the test JVM exits first.
 */
public final class StandaloneCluster implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(StandaloneCluster.class);
  private static final String LOOPBACK = "127.0.0.1";
  private static final List<String> SMALL_HEAP = List.of("-Xmx256m");
  private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

  private final SparkHomeFolder sparkHome;
  private final Path folder;
  private final List<JvmProcess> processes = new ArrayList<>();
  private final Thread shutdownHook = new Thread(this::stopProcesses, "standalone-cluster-stop");
  private String masterUrl;
  private int masterWebPort;

  private StandaloneCluster(SparkHomeFolder sparkHome, Path folder) {
    this.sparkHome = sparkHome;
    this.folder = folder;
  }

  /** Starts a Master and {@code workers} Workers of {@code coresPerWorker} cores and waits until every Worker is alive. */
  public static StandaloneCluster start(int workers, int coresPerWorker, String workerMemory, Path parent) {
    Path folder = createFolder(parent);
    StandaloneCluster cluster = new StandaloneCluster(SparkHomeFolder.create(folder.resolve("spark-home")), folder);
    Runtime.getRuntime().addShutdownHook(cluster.shutdownHook);
    try {
      cluster.startMaster();
      for (int worker = 0; worker < workers; worker++) {
        cluster.startWorker(worker, coresPerWorker, workerMemory);
      }
      await("Spark standalone workers alive")
          .atMost(START_TIMEOUT)
          .pollInterval(Duration.ofMillis(250))
          .until(cluster::aliveWorkers, alive -> alive == workers);
      LOG.info("Spark standalone cluster at {} with {} workers of {} cores, files in {}", cluster.masterUrl, workers,
          coresPerWorker, folder);
      return cluster;
    } catch (RuntimeException | Error e) {
      cluster.close();
      throw e;
    }
  }

  /** The master URL to give {@code SparkSession.builder().master(...)}. */
  public String masterUrl() {
    return masterUrl;
  }

  /** The folder holding the cluster's SPARK_HOME, process logs and the workers' work folders (executor logs). */
  public Path folder() {
    return folder;
  }

  /**
   * What a driver of this cluster must set: executors get the test's class folders and JVM module flags, and find
   * Spark's Scala version without a Spark build tree.
   */
  public Map<String, String> driverSettings() {
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put("spark.executorEnv.SPARK_SCALA_VERSION", "2.13");
    settings.put("spark.executor.extraClassPath", sparkHome.classFolders());
    settings.put("spark.executor.extraJavaOptions", String.join(" ", jvmFlags()));
    return settings;
  }

  /**
   * Waits until no application runs on the cluster and every core is free again: the executors of a finished application
   * are gone, so the next application gets all of its executors at once.
   */
  public void awaitIdle() {
    await("Spark standalone cluster idle")
        .atMost(START_TIMEOUT)
        .pollInterval(Duration.ofMillis(100))
        .until(() -> masterState().map(state -> state.path("activeapps").isEmpty()
            && state.path("coresused").asInt(-1) == 0).orElse(false));
  }

  /** Stops the Workers (and their executors) and the Master. */
  @Override
  public void close() {
    stopProcesses();
    try {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    } catch (IllegalStateException shuttingDown) {
      // the hook is running or about to: nothing left to do
    }
  }

  private synchronized void stopProcesses() {
    for (int i = processes.size() - 1; i >= 0; i--) {
      processes.get(i).stop();
    }
    processes.clear();
  }

  private void startMaster() {
    int port = freePort();
    masterWebPort = freePort();
    masterUrl = "spark://" + LOOPBACK + ":" + port;
    List<String> arguments =
        List.of("--host", LOOPBACK, "--port", Integer.toString(port), "--webui-port", Integer.toString(masterWebPort));
    start("spark-master", "org.apache.spark.deploy.master.Master", arguments);
  }

  private void startWorker(int index, int cores, String memory) {
    Path workDir = folder.resolve("worker-" + index);
    List<String> arguments =
        List.of("--host", LOOPBACK, "--cores", Integer.toString(cores), "--memory", memory, "--webui-port", "0",
            "--work-dir", workDir.toString(), masterUrl);
    start("spark-worker-" + index, "org.apache.spark.deploy.worker.Worker", arguments);
  }

  private synchronized void start(String name, String mainClass, List<String> arguments) {
    List<String> jvmOptions = new ArrayList<>(SMALL_HEAP);
    jvmOptions.addAll(jvmFlags());
    Map<String, String> environment =
        Map.of("SPARK_HOME", sparkHome.home().toString(), "SPARK_SCALA_VERSION", "2.13", "SPARK_LOCAL_IP", LOOPBACK);
    processes.add(
        JvmProcess.start(name, sparkHome.classpath(), jvmOptions, mainClass, arguments, environment,
            folder.resolve(name + ".log")));
  }

  /** How many workers the Master reports alive, from its web UI's JSON; -1 while it does not answer. */
  private int aliveWorkers() {
    synchronized (this) {
      processes.forEach(JvmProcess::requireAlive);
    }
    return masterState().map(state -> state.path("aliveworkers").asInt(-1)).orElse(-1);
  }

  /** The Master's state as its web UI's JSON gives it; empty while it does not answer. */
  private Optional<JsonNode> masterState() {
    try {
      HttpResponse<String> reply =
          HttpClient.newHttpClient()
              .send(HttpRequest.newBuilder(URI.create("http://" + LOOPBACK + ":" + masterWebPort + "/json/"))
                      .timeout(Duration.ofSeconds(5)).build(),
                  HttpResponse.BodyHandlers.ofString());
      return Optional.of(new ObjectMapper().readTree(reply.body()));
    } catch (IOException notYet) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting for the Spark master", e);
    }
  }

  /** The module flags Spark and H2O need on Java 17, from the build (jvm.module.flags) or else from this JVM's own. */
  public static List<String> jvmFlags() {
    String fromBuild = System.getProperty("sparkling.jvm.module.flags");
    List<String> flags = new ArrayList<>();
    if (fromBuild != null && !fromBuild.isBlank()) {
      flags.addAll(Arrays.asList(fromBuild.strip().split("\\s+")));
    } else {
      java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
          .filter(flag -> flag.startsWith("--add-") || flag.startsWith("-XX:+IgnoreUnrecognized"))
          .forEach(flags::add);
    }
    flags.add("-Djava.net.preferIPv4Stack=true");
    return flags;
  }

  private static Path createFolder(Path parent) {
    try {
      return Files.createTempDirectory(Files.createDirectories(parent), "standalone-").toAbsolutePath();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create a folder for the test cluster under " + parent, e);
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket()) {
      socket.bind(new InetSocketAddress(InetAddress.getByName(LOOPBACK), 0));
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("No free port on " + LOOPBACK, e);
    }
  }
}
