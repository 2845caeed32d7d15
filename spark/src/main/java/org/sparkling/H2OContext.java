package org.sparkling;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.apache.spark.SparkContext;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerApplicationEnd;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sparkling.backend.Backend;
import org.sparkling.backend.Backends;
import org.sparkling.client.CallCutoff;
import org.sparkling.client.Cloud;
import org.sparkling.client.FrameDescription;
import org.sparkling.client.H2OClient;
import org.sparkling.client.H2OAuthenticationException;
import org.sparkling.client.H2OClientException;
import org.sparkling.client.H2OTlsException;
import org.sparkling.client.Job;
import org.sparkling.convert.ChunkTransport;
import org.sparkling.convert.FrameWriter;
import org.sparkling.extension.SparklingServlets;
import org.sparkling.progress.JobProgress;
import org.sparkling.progress.ProgressDisplay;
import org.sparkling.progress.ProgressTask;

/**
 * The entry point of Sparkling Water: an H2O cluster attached to a SparkSession.
 *
 * <pre>{@code
 * H2OContext hc = H2OContext.getOrCreate(spark);
 * H2OFrame frame = hc.asH2OFrame(df, "flights");
 * Dataset<Row> back = hc.asSparkFrame(frame);
 * }</pre>
 *
 * <p>The driver talks to the cluster over H2O's REST API only; data moves between the executors and the H2O nodes.
 */
public final class H2OContext {
  private static final Logger LOG = LoggerFactory.getLogger(H2OContext.class);
  private static H2OContext active;
  /** Spark's local property behind {@code SparkContext.setInterruptOnCancel}. */
  private static final String INTERRUPT_ON_CANCEL = "spark.job.interruptOnCancel";

  private final SparkSession spark;
  private final H2OConf conf;
  private final Backend backend;
  private final H2OClient client;
  private final List<String> nodes;
  private final ClusterHeartbeat heartbeat;
  private final String jobTag;
  // Converted by this context and not deleted since: what stop() removes from a cluster it does not own, when asked.
  private final Set<String> createdFrames = ConcurrentHashMap.newKeySet();
  private volatile ProgressDisplay progress;
  private volatile boolean stopped;

  private H2OContext(
      SparkSession spark, H2OConf conf, Backend backend, H2OClient client, List<String> nodes, ClusterHeartbeat heartbeat,
      ProgressDisplay progress) {
    this.spark = spark;
    this.progress = progress;
    this.conf = conf;
    this.backend = backend;
    this.client = client;
    this.nodes = List.copyOf(nodes);
    this.heartbeat = heartbeat;
    // Spark jobs that move data to this cluster carry this tag, so that losing the cluster stops them at once rather
    // than leaving their tasks waiting on a dead node until the REST timeout.
    this.jobTag = "sparkling-" + UUID.randomUUID();
    heartbeat.whenLost(() -> spark.sparkContext().cancelJobsWithTag(jobTag, "because the H2O cluster was lost"));
    // The backends stop their nodes when the application ends; a heartbeat still running then would report the cluster
    // lost at every exit.
    spark.sparkContext().addSparkListener(new SparkListener() {
      @Override
      public void onApplicationEnd(SparkListenerApplicationEnd end) {
        heartbeat.close();
      }
    });
  }

  /**
   * The running context of this Spark application, or a new one configured from the session's {@code SparkConf}. A
   * context whose cluster was lost is replaced by one configured like it.
   */
  public static synchronized H2OContext getOrCreate(SparkSession spark) {
    Objects.requireNonNull(spark, "spark == null");
    boolean sameApplication = active != null && active.spark.sparkContext() == spark.sparkContext();
    return getOrCreate(spark, sameApplication ? active.conf : new H2OConf());
  }

  /**
   * The running context of this Spark application, or a new one configured by {@code conf} over the session's
   * {@code SparkConf}.
   *
   * <p>A context whose cluster was lost, or a {@code conf} that points at another cluster (another backend, start mode,
   * representative or cloud name), makes a new context: the old one is stopped and Spark is not touched. This is how a
   * driver reconnects.
   */
  public static synchronized H2OContext getOrCreate(SparkSession spark, H2OConf conf) {
    Objects.requireNonNull(spark, "spark == null");
    Objects.requireNonNull(conf, "conf == null");
    H2OConf resolved = conf.over(spark.sparkContext().getConf());
    if (active != null && !active.stopped && active.spark.sparkContext() == spark.sparkContext()) {
      Optional<String> replaced = active.reasonToReplace(resolved);
      if (replaced.isEmpty()) {
        return active;
      }
      LOG.info("Replacing the H2OContext of {}: {}", active.restApi(), replaced.get());
      active.stop();
    }
    H2OConfKeys.warnings(resolved.settings()).forEach(LOG::warn);
    ProgressDisplay progress = ProgressChoice.of(resolved, System.err);
    Backend backend = Backends.start(spark.sparkContext(), resolved);
    Cloud cloud;
    H2OClient client;
    // Thrown by the heartbeat: the context's calls then end at once instead of at their REST timeout.
    CallCutoff cutoff = new CallCutoff();
    try {
      client = backend.access().client(backend.restApi())
          .requestTimeout(resolved.restApiTimeout()).cutoff(cutoff).build();
      cloud = RestApiReadiness.await(client, resolved.cloudTimeout());
      requireCloudName(cloud, resolved, backend);
    } catch (RuntimeException e) {
      backend.stop();
      throw e;
    }
    H2OClient heartbeatClient =
        backend.access().client(backend.restApi()).requestTimeout(heartbeatTimeout(resolved)).build();
    ClusterHeartbeat heartbeat = ClusterHeartbeat.start(
        heartbeatClient, cloud, resolved.heartbeatInterval(), heartbeatTimeout(resolved), backend.access(), cutoff);
    active = new H2OContext(
        spark, resolved, backend, client, cloud.nodes().stream().map(Cloud.Node::ipPort).toList(), heartbeat,
        progress);
    LOG.info("Sparkling Water is ready: H2O {} cloud '{}' of {} node(s); Flow at {}",
        cloud.version(), cloud.cloudName(), cloud.cloudSize(), active.flowURL());
    return active;
  }

  private static void requireCloudName(Cloud cloud, H2OConf conf, Backend backend) {
    if (!backend.ownsCluster() && !conf.cloudName().isEmpty() && !conf.cloudName().equals(cloud.cloudName())) {
      throw new IllegalArgumentException(
          "The H2O cluster at " + backend.restApi().getAuthority() + " is named '" + cloud.cloudName() + "', not '"
              + conf.cloudName() + "' as " + H2OOptions.CLOUD_NAME + " says: point "
              + H2OOptions.CLOUD_REPRESENTATIVE + " at a node of that cluster, or fix the name.");
    }
  }

  /** A stalled node must not hold the heartbeat longer than about one interval, nor longer than any REST call. */
  private static Duration heartbeatTimeout(H2OConf conf) {
    Duration interval = conf.heartbeatInterval().compareTo(Duration.ofSeconds(2)) < 0
        ? Duration.ofSeconds(2) : conf.heartbeatInterval();
    return interval.compareTo(conf.restApiTimeout()) < 0 ? interval : conf.restApiTimeout();
  }

  /** Why this context cannot serve {@code wanted}: its cluster is lost, or {@code wanted} names another cluster. */
  private Optional<String> reasonToReplace(H2OConf wanted) {
    if (!wanted.clusterTarget().equals(conf.clusterTarget())) {
      return Optional.of("the configuration points at another cluster (" + wanted.clusterTarget() + ")");
    }
    heartbeat.check();
    return heartbeat.lost().map(lost -> "its H2O cluster is lost (" + lost + ")");
  }

  /** Converts a DataFrame into a new H2O frame with a generated key. */
  public H2OFrame asH2OFrame(Dataset<Row> data) {
    return asH2OFrame(data, "frame_" + UUID.randomUUID().toString().replace("-", ""));
  }

  /** Converts a DataFrame into the H2O frame {@code frameId}, replacing a frame of that key. */
  public H2OFrame asH2OFrame(Dataset<Row> data, String frameId) {
    requireRunning();
    Objects.requireNonNull(data, "data == null");
    FrameKeys.requireValid(frameId);
    FrameDescription outline =
        whileClusterAnswers("the conversion to H2O frame '" + frameId + "'", () -> frameWriter().write(data, frameId));
    createdFrames.add(frameId);
    return handle(outline);
  }

  private H2OFrame handle(FrameDescription outline) {
    String frameId = outline.frameId();
    return new H2OFrame(outline, () -> client().describeFrame(frameId), this::deleteFrame);
  }

  /** Removes a frame from the cluster; see {@link H2OFrame#delete()}. */
  private void deleteFrame(String frameId) {
    requireRunning();
    client.deleteFrame(frameId);
    createdFrames.remove(frameId);
  }

  /** The keys of the frames this context converted and that are not deleted yet, e.g. for {@link #stop()}. */
  Set<String> createdFrames() {
    return Set.copyOf(createdFrames);
  }

  /** Writes DataFrames into frames of this cluster, in process or over REST as {@code spark.ext.h2o.transfer.mode} says. */
  public FrameWriter frameWriter() {
    return new FrameWriter(client, chunkTransport(), progress);
  }

  /**
   * How tasks move chunks to and from this cluster: in process or over REST, as {@code spark.ext.h2o.transfer.mode} says
   * (the {@code h2o} data source reads with it).
   */
  public ChunkTransport chunkTransport() {
    requireRunning();
    return new ChunkTransport(
        client.node(), nodes, conf.restApiTimeout(), conf.transferMode().equals("rest"), backend.access());
  }

  /**
   * Waits for an H2O job (training, parsing) to finish, telling {@code progress} after every poll; fails as soon as the
   * cluster is found lost instead of waiting on a job that cannot finish.
   */
  public Job awaitJob(Job job, Duration timeout, Consumer<Job> progress) {
    requireRunning();
    String what = "H2O job " + job.key() + " (" + job.description() + ")";
    return whileClusterAnswers(what, () -> client.awaitJob(job.key(), timeout, polled -> {
      progress.accept(polled);
      heartbeat.lost().ifPresent(lost -> {
        throw new H2OClusterLostException(client.node().getAuthority(), what, lost, null);
      });
    }));
  }

  /**
   * Waits for an H2O job (training, parsing) to finish while the {@linkplain #progressDisplay() progress display} shows its
   * progress and H2O's words for its current step.
   */
  public Job awaitJob(Job job, Duration timeout) {
    ProgressTask task = progress.start("H2O " + job.description(), 100, ProgressDisplay.PERCENT);
    return task.run(() -> awaitJob(job, timeout, new JobProgress(task)));
  }

  /** Where long work of this context shows its progress; {@code spark.ext.h2o.progress} chooses it. */
  public ProgressDisplay progressDisplay() {
    return progress;
  }

  /**
   * Shows the progress of this context's long work (conversions, H2O jobs, AutoML) on {@code display} from now on instead
   * of the one {@code spark.ext.h2o.progress} chose: e.g. a notebook's own widget, or {@link ProgressDisplay#OFF}.
   */
  public void setProgressDisplay(ProgressDisplay display) {
    this.progress = Objects.requireNonNull(display, "display == null");
  }

  /**
   * Runs {@code work} that needs the cluster; when it fails because the cluster was lost, says that in words (the failure
   * itself, often a timeout or a cancelled Spark job, is the cause).
   */
  private <T> T whileClusterAnswers(String what, Supplier<T> work) {
    SparkContext sc = spark.sparkContext();
    String interrupting = sc.getLocalProperty(INTERRUPT_ON_CANCEL);
    sc.addJobTag(jobTag);
    // Cancelled for a lost cluster, the job's tasks are interrupted too: one waiting on a surviving node would otherwise
    // hold its executor slot until the REST timeout.
    sc.setInterruptOnCancel(true);
    try {
      return work.get();
    } catch (H2OClusterLostException e) {
      throw e;
    } catch (Exception e) { // Spark's SparkException too, which Java sees as checked
      heartbeat.check();
      if (heartbeat.lost().isPresent()) {
        throw new H2OClusterLostException(client.node().getAuthority(), what, heartbeat.lost().get(), e);
      }
      throw e;
    } finally {
      sc.setLocalProperty(INTERRUPT_ON_CANCEL, interrupting);
      sc.removeJobTag(jobTag);
    }
  }

  /** Reads an H2O frame as a DataFrame, lazily: chunks are read when the DataFrame is computed. */
  public Dataset<Row> asSparkFrame(H2OFrame frame) {
    frame.requireNotDeleted();
    return asSparkFrame(frame.key());
  }

  /** Reads the H2O frame with key {@code frameId} as a DataFrame, lazily. */
  public Dataset<Row> asSparkFrame(String frameId) {
    requireRunning();
    return spark.read().format("h2o").load(frameId);
  }

  /** Describes an H2O frame that already exists in the cluster. */
  public H2OFrame frame(String frameId) {
    requireRunning();
    return handle(client.describeFrame(frameId));
  }

  /**
   * The URL of H2O Flow, H2O's web notebook, on this cluster. It opens with the cluster's frames and models listed (Flow's
   * {@code getFrames} and {@code getModels} cells already run); H2O's plain Flow stays at {@code /flow/index.html}.
   */
  public String flowURL() {
    return client.node().resolve(SparklingServlets.FLOW_START_PAGE).toString();
  }

  /** The REST address of the H2O node the driver talks to. */
  public URI restApi() {
    return client.node();
  }

  /**
   * Where Spark should run a task that reads the data held by the H2O node {@code ip:port}: the executor that runs the
   * node (a Spark task location, {@code executor_<host>_<id>}) when the node lives in one, else the node's host.
   */
  public String preferredLocation(String node) {
    return backend.sparkLocation(node).orElseGet(() -> hostOf(node));
  }

  private static String hostOf(String node) {
    int colon = node.lastIndexOf(':');
    String host = colon < 0 ? node : node.substring(0, colon);
    return host.startsWith("/") ? host.substring(1) : host;
  }

  /** The configuration this context was created with, defaults resolved against the session's {@code SparkConf}. */
  public H2OConf conf() {
    return conf;
  }

  /** The REST client of the H2O cluster, for what this API does not cover yet. */
  public H2OClient client() {
    requireRunning();
    return client;
  }

  /** The cluster's current state, asked over REST. */
  public Cloud cloud() {
    return client.cloud();
  }

  public boolean isStopped() {
    return stopped;
  }

  /**
   * Stops what this context started; the SparkSession stays usable, and a later {@link #getOrCreate} makes a new context.
   *
   * <p>On a cluster this context started, every frame and model is removed first. A cluster it does not own (the external
   * backend, manual start) is shared: by default it is left as it is; with {@code spark.ext.h2o.stop.remove.created=true}
   * the frames this context converted with {@link #asH2OFrame} and did not delete are removed, and nothing else.
   */
  public void stop() {
    synchronized (H2OContext.class) {
      if (stopped) {
        return;
      }
      stopped = true;
      if (active == this) {
        active = null;
      }
    }
    heartbeat.close();
    if (backend.ownsCluster() && heartbeat.lost().isEmpty()) {
      try {
        client.removeAll();
      } catch (H2OClientException e) {
        LOG.warn("Could not clear the H2O cluster at {} while stopping: {}", client.node(), e.getMessage());
      }
    } else if (conf.stopRemovesCreated() && heartbeat.lost().isEmpty()) {
      removeCreatedFrames();
    }
    backend.stop();
  }

  private void removeCreatedFrames() {
    for (String frameId : createdFrames()) {
      try {
        client.deleteFrame(frameId);
        createdFrames.remove(frameId);
      } catch (H2OClientException e) {
        LOG.warn("Could not remove frame '{}' from the H2O cluster at {} while stopping: {}",
            frameId, client.node(), e.getMessage());
      }
    }
    LOG.info("Removed the frames this context created from the H2O cluster at {} ({})",
        client.node(), H2OOptions.STOP_REMOVE_CREATED);
  }

  @Override
  public String toString() {
    return ContextReport.of(this, backend);
  }

  private void requireRunning() {
    if (stopped) {
      throw new IllegalStateException(
          "This H2OContext was stopped; create a new one with H2OContext.getOrCreate(spark)");
    }
    heartbeat.lost().ifPresent(lost -> {
      throw new H2OClusterLostException(client.node().getAuthority(), "", lost, null);
    });
  }

  /** Waits for the REST API to answer and the cloud to agree on its members. */
  static final class RestApiReadiness {
    private RestApiReadiness() {}

    static Cloud await(H2OClient client, Duration timeout) {
      long deadline = System.nanoTime() + timeout.toNanos();
      H2OClientException last = null;
      while (System.nanoTime() < deadline) {
        try {
          Cloud cloud = client.cloud();
          if (cloud.consensus() && cloud.cloudHealthy()) {
            return cloud;
          }
        } catch (H2OAuthenticationException | H2OTlsException refused) {
          throw refused; // a node that refuses this client's login or TLS will not change its mind while we wait
        } catch (H2OClientException notYet) {
          last = notYet;
        }
        try {
          Thread.sleep(100);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new H2OClientException("Interrupted while waiting for H2O at " + client.node(), e);
        }
      }
      throw new H2OClientException(
          "H2O at " + client.node() + " did not become ready within " + timeout.toSeconds() + " s "
              + "(spark.ext.h2o.cloud.timeout)" + (last == null ? "" : ": " + last.getMessage()),
          last);
    }
  }
}
