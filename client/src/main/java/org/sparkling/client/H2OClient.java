package org.sparkling.client;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * A typed client of one H2O cluster's REST API. Thread-safe; create one per cluster and share it.
 *
 * <pre>{@code
 * H2OClient h2o = H2OClient.newBuilder(URI.create("http://127.0.0.1:54321")).build();
 * Cloud cloud = h2o.cloud();
 * }</pre>
 */
public final class H2OClient {
  static final ObjectMapper JSON =
      JsonMapper.builder()
          .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(JsonParser.Feature.ALLOW_NON_NUMERIC_NUMBERS)
          .build();

  private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};

  private final URI node;
  private final Duration requestTimeout;
  private final HttpClient http;
  private final Credentials credentials;
  private final CallCutoff cutoff;

  private H2OClient(Builder builder) {
    this.node = builder.node;
    this.cutoff = builder.cutoff;
    this.requestTimeout = builder.requestTimeout;
    this.credentials = builder.credentials;
    HttpClient.Builder http = HttpClient.newBuilder().connectTimeout(builder.connectTimeout);
    if (builder.trust != null) {
      http.sslContext(builder.trust.sslContext());
    }
    this.http = http.build();
  }

  /** A builder for a client of the H2O node whose REST API answers at {@code node}, e.g. {@code http://127.0.0.1:54321}. */
  public static Builder newBuilder(URI node) {
    return new Builder(node);
  }

  /** The REST address this client talks to. */
  public URI node() {
    return node;
  }

  /** The cluster: version, name, size, members. */
  public Cloud cloud() {
    return send(request("/3/Cloud").GET().build()).as(Cloud.class);
  }

  /** Asks this node whether it answers ({@code GET /3/Ping}); throws as any call does when it does not. */
  public void ping() {
    get("/3/Ping");
  }

  /** One job, as H2O reports it now. */
  public Job job(String jobKey) {
    Objects.requireNonNull(jobKey, "jobKey == null");
    Reply reply = send(request("/3/Jobs/" + Form.escape(jobKey)).GET().build());
    JsonNode jobs = reply.field(reply.json(), "jobs");
    if (!jobs.isArray() || jobs.isEmpty()) {
      throw reply.unexpected("no job in the list of jobs for key " + jobKey, null);
    }
    return JobReplies.job(reply.withFields(jobs.get(0), "jobs[0]", "key", "status"));
  }

  /**
   * Waits until a job finishes, telling {@code progress} after every poll.
   *
   * @throws H2OJobFailedException if the job fails, is cancelled, or is still running after {@code timeout}
   */
  public Job awaitJob(String jobKey, Duration timeout, Consumer<Job> progress) {
    return new JobPoller(this, timeout, progress).await(jobKey);
  }

  /**
   * Starts training a model ({@code POST /3/ModelBuilders/{algorithm}}) and returns the job; its destination is the model id.
   *
   * @param algorithm H2O's name for it: {@code gbm}, {@code glm}, {@code xgboost}, ...
   * @param parameters H2O's own parameter names and values; lists are sent as JSON arrays
   */
  public Job train(String algorithm, Map<String, ?> parameters) {
    Objects.requireNonNull(algorithm, "algorithm == null");
    return startedJob(postForm("/3/ModelBuilders/" + Form.escape(algorithm), parameters));
  }

  /**
   * The parameters an algorithm takes ({@code GET /3/ModelBuilders/{algorithm}}): H2O's own metadata, each entry with
   * {@code name}, {@code type}, {@code default_value}, {@code help} and, for enums, {@code values}.
   */
  public JsonNode modelBuilderParameters(String algorithm) {
    Objects.requireNonNull(algorithm, "algorithm == null");
    JsonNode builder = get("/3/ModelBuilders/" + Form.escape(algorithm)).path("model_builders").path(algorithm);
    if (builder.isMissingNode()) {
      throw new H2OClientException("H2O at " + node + " has no model builder '" + algorithm + "'");
    }
    return builder.path("parameters");
  }

  /** H2O's description of a trained model ({@code GET /3/Models/{id}}) as raw JSON: metrics, summary, importances. */
  public String modelJson(String modelId) {
    Reply reply = send(request("/3/Models/" + Form.escape(modelId)).GET().build());
    reply.json();
    return new String(reply.body(), java.nio.charset.StandardCharsets.UTF_8);
  }

  /** The model's MOJO, the zip that h2o-genmodel scores with. */
  public byte[] mojo(String modelId) {
    Reply reply = send(request("/3/Models/" + Form.escape(modelId) + "/mojo").GET().build());
    // A MOJO is a zip: anything else (an HTML page from a proxy, a JSON error sent as 200) must not pass for one.
    if (reply.isHtml() || reply.body().length < 2 || reply.body()[0] != 'P' || reply.body()[1] != 'K') {
      throw reply.unexpected("a body that is not a MOJO zip", null);
    }
    return reply.body();
  }

  /**
   * Scores a frame with a model on the cluster ({@code POST /3/Predictions/models/{m}/frames/{f}}) into a new frame.
   *
   * @return the key of the predictions frame, {@code predictionsFrame}
   */
  public String predict(String modelId, String frameId, String predictionsFrame) {
    Objects.requireNonNull(predictionsFrame, "predictionsFrame == null");
    JsonNode reply =
        post(
            "/3/Predictions/models/" + Form.escape(modelId) + "/frames/" + Form.escape(frameId),
            Map.of("predictions_frame", predictionsFrame));
    return reply.path("predictions_frame").path("name").asText(predictionsFrame);
  }

  /** Removes a model from the cluster. */
  public void deleteModel(String modelId) {
    send(request("/3/Models/" + Form.escape(modelId)).DELETE().build());
  }

  /**
   * Starts an AutoML run ({@code POST /99/AutoMLBuilder}, a JSON body) and returns its job; the job's destination is the
   * AutoML run's key, which {@link #autoML(String)} and {@link #delete(String, boolean)} take.
   *
   * @param buildSpec H2O's {@code AutoMLBuildSpecV99}: {@code build_control}, {@code input_spec}, {@code build_models}
   */
  public Job autoML(Map<String, ?> buildSpec) {
    Objects.requireNonNull(buildSpec, "buildSpec == null");
    return startedJob(post("/99/AutoMLBuilder", "application/json", Form.json(buildSpec, JSON)));
  }

  /** An AutoML run ({@code GET /99/AutoML/{id}}): its leader, leaderboard and event log as H2O's raw JSON. */
  public JsonNode autoML(String autoMLId) {
    Objects.requireNonNull(autoMLId, "autoMLId == null");
    return get("/99/AutoML/" + Form.escape(autoMLId));
  }

  /**
   * The leaderboard of an AutoML project ({@code GET /99/Leaderboards/{project}}), sorted as H2O ranks it, with the
   * extension columns asked for (e.g. {@code algo}) in its {@code table}.
   */
  public JsonNode leaderboard(String projectName, String... extensions) {
    Objects.requireNonNull(projectName, "projectName == null");
    String query = extensions.length == 0 ? "" : "?extensions=" + Form.escape(Form.json(List.of(extensions), JSON));
    return get("/99/Leaderboards/" + Form.escape(projectName) + query);
  }

  /**
   * Starts a grid search ({@code POST /99/Grid/{algorithm}}) and returns its job; its destination is the grid id.
   *
   * @param parameters the algorithm's parameters by H2O's names, plus {@code grid_id}, {@code hyper_parameters} (a map
   *     from H2O parameter name to the list of values) and {@code search_criteria} (a map with {@code strategy}, ...)
   */
  public Job grid(String algorithm, Map<String, ?> parameters) {
    Objects.requireNonNull(algorithm, "algorithm == null");
    return startedJob(postForm("/99/Grid/" + Form.escape(algorithm), parameters));
  }

  /**
   * A grid ({@code GET /99/Grids/{id}}): its model ids sorted by {@code sortBy} (a metric such as {@code auc}, {@code rmse};
   * {@code null} for H2O's default order),
   * hyper-parameter names, summary table and failures, as H2O's raw JSON.
   */
  public JsonNode grid(String gridId, String sortBy, boolean decreasing) {
    Objects.requireNonNull(gridId, "gridId == null");
    String query = sortBy == null ? "" : "?sort_by=" + Form.escape(sortBy) + "&decreasing=" + decreasing;
    return get("/99/Grids/" + Form.escape(gridId) + query);
  }

  /**
   * Removes any key from the cluster ({@code DELETE /3/DKV/{key}}); with {@code cascade}, also what it owns: a grid's or
   * an AutoML run's models, and their cross-validation models and predictions.
   */
  public void delete(String key, boolean cascade) {
    Objects.requireNonNull(key, "key == null");
    send(request("/3/DKV/" + Form.escape(key) + "?cascade=" + cascade).DELETE().build());
  }

  /** The keys of every frame in the cluster. */
  public List<String> frameIds() {
    return keyNames(get("/3/Frames").path("frames"), "frame_id");
  }

  /** The keys of every model in the cluster. */
  public List<String> modelIds() {
    return keyNames(get("/3/Models").path("models"), "model_id");
  }

  private static List<String> keyNames(JsonNode entries, String keyField) {
    List<String> names = new java.util.ArrayList<>();
    entries.forEach(entry -> names.add(entry.path(keyField).path("name").asText()));
    return names;
  }

  /** Removes every frame, model and other key from the cluster ({@code DELETE /3/DKV}). */
  public void removeAll() {
    send(request("/3/DKV").DELETE().build());
  }

  /** Starts a frame that executors will fill chunk by chunk; see {@link #finishFrame}. */
  public void createFrame(String frameId, List<String> columnNames) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("names", columnNames);
    post(framePath(frameId), fields);
  }

  /**
   * Turns the chunks written since {@link #createFrame} into a frame whose columns are the ones named at creation.
   *
   * @param rowsPerChunk rows written to each chunk index, in order
   * @param types the type of each column: {@code numeric}, {@code categorical}, {@code string} or {@code time}
   * @param domains the levels of each categorical column written as level indices, {@code null} elsewhere
   * @param toCategorical the columns written as strings that the node turns into categoricals
   */
  public FrameDescription finishFrame(
      String frameId, long[] rowsPerChunk, List<String> types, List<List<String>> domains, List<Integer> toCategorical) {
    return finishFrame(frameId, rowsPerChunk, types, domains, List.of(), null, toCategorical);
  }

  /**
   * Turns the chunks written since {@link #createFrame} into a frame, with the columns the writers found in the data
   * besides the ones named at creation.
   *
   * @param found the found columns, with the slot each chunk's writer gave them
   * @param order the final column order: {@code f} for column f named at creation, {@code -(d + 1)} for found column d;
   *     {@code null} keeps the columns named at creation in their order
   * @param toCategorical the columns, by final position, written as strings that the node turns into categoricals
   */
  public FrameDescription finishFrame(
      String frameId, long[] rowsPerChunk, List<String> types, List<List<String>> domains, List<FoundColumn> found,
      List<Integer> order, List<Integer> toCategorical) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("rows_per_chunk", rowsPerChunk);
    fields.put("types", types);
    fields.put("domains", domains);
    fields.put("found", found);
    fields.put("order", order);
    fields.put("to_categorical", toCategorical);
    return postForm(framePath(frameId) + "/finish", fields).as(FrameDescription.class);
  }

  /**
   * The REST API of the node that holds, or will hold, each of the chunks {@code 0} to {@code chunks - 1} of a frame being
   * built or finished: a chunk sent there is stored without a further hop inside the cluster.
   */
  public List<URI> chunkHomes(String frameId, int chunks) {
    List<URI> homes = new java.util.ArrayList<>();
    for (JsonNode home : get(framePath(frameId) + "/homes?chunks=" + chunks).path("homes")) {
      homes.add(NodeAddress.restApi(node, home.asText()));
    }
    return List.copyOf(homes);
  }

  /** How many chunks this client's node received and sent over REST, and how many of them it does not hold itself. */
  public ChunkTraffic chunkTraffic() {
    return send(request("/3/sparkling/traffic").GET().build()).as(ChunkTraffic.class);
  }

  /** How many keys this client's node holds, by kind: frames, vecs, chunks, models, jobs, layouts and others. */
  public StoredKeys storedKeys() {
    return send(request("/3/sparkling/keys").GET().build()).as(StoredKeys.class);
  }

  /**
   * How many keys all nodes of the cluster hold together, by kind, counted by every node in one round that this client's
   * node starts; a key cached on several nodes counts on each.
   */
  public StoredKeys clusterKeys() {
    return send(request("/3/sparkling/keys?cluster=true").GET().build()).as(StoredKeys.class);
  }

  /**
   * Sends chunk {@code index} (of {@code chunks}) of a frame being built, as the binary stream the Sparkling extension
   * reads, and returns the number of rows the node stored.
   */
  public long uploadChunk(String frameId, int index, int chunks, byte[] chunk) {
    HttpRequest post =
        request(framePath(frameId) + "/chunks/" + index + "?chunks=" + chunks)
            .header("Content-Type", "application/octet-stream")
            .POST(HttpRequest.BodyPublishers.ofByteArray(chunk))
            .build();
    Reply reply = send(post);
    return reply.field(reply.json(), "rows").asLong();
  }

  /**
   * Downloads chunk {@code index} of a finished frame as the binary stream the Sparkling extension writes (read it with
   * its {@code DownloadDecoder}); close it when done. A read that gets no data for the request timeout fails.
   *
   * @param columns the frame's column numbers to send, in that order; all columns when {@code null}
   */
  public InputStream downloadChunk(String frameId, int index, int[] columns) {
    HttpRequest get = request(framePath(frameId) + "/chunks/" + index + columnsQuery(columns)).GET().build();
    HttpResponse<InputStream> response = exchange(get, HttpResponse.BodyHandlers.ofInputStream());
    String contentType = response.headers().firstValue("Content-Type").orElse("").toLowerCase(java.util.Locale.ROOT);
    // The extension sends chunks as application/octet-stream; text or JSON comes from something else or is an error.
    if (response.statusCode() >= 300 || contentType.startsWith("text/") || contentType.startsWith("application/json")) {
      Reply reply = ReplyReader.read(get.method(), response, requestTimeout);
      throw reply.succeeded() ? reply.unexpected("a " + reply.contentType() + " body instead of a chunk stream", null)
          : ErrorReplies.toException(reply, JSON);
    }
    return new IdleTimeoutInputStream(response.body(), requestTimeout, what(get));
  }

  /**
   * The levels of the categorical columns among {@code columns} (all columns when {@code null}), {@code null} for the
   * others; unlike {@link #describeFrame}, however many levels there are.
   */
  public List<List<String>> domains(String frameId, int[] columns) {
    JsonNode domains = get(framePath(frameId) + "/domains" + columnsQuery(columns)).path("domains");
    List<List<String>> levels = new java.util.ArrayList<>();
    for (JsonNode domain : domains) {
      levels.add(domain.isNull() ? null : JSON.convertValue(domain, STRINGS));
    }
    return levels;
  }

  /** Describes a frame: columns with statistics, and its chunk layout. */
  public FrameDescription describeFrame(String frameId) {
    return send(request(framePath(frameId)).GET().build()).as(FrameDescription.class);
  }

  /** Removes a frame, also one still being built. Removing a frame that does not exist is not an error. */
  public void deleteFrame(String frameId) {
    deleteFrame(frameId, 0);
  }

  /**
   * Removes a frame, also one still being built, together with the first {@code writtenChunks} chunks its writers may have
   * stored before it was finished.
   */
  public void deleteFrame(String frameId, int writtenChunks) {
    send(request(framePath(frameId) + "?chunks=" + writtenChunks).DELETE().build());
  }

  /**
   * Imports the files at {@code path} ({@code GET /3/ImportFiles}), a file or a folder as the H2O node sees it, as raw
   * frames to parse with {@link #parseSetup} and {@link #parse}.
   */
  public ImportedFiles importFiles(String path) {
    Objects.requireNonNull(path, "path == null");
    return send(request("/3/ImportFiles?path=" + Form.escape(path)).GET().build()).as(ImportedFiles.class);
  }

  /** Lets H2O guess how to parse raw frames ({@code POST /3/ParseSetup}): format, separator, header, column types. */
  public ParseSetup parseSetup(List<String> sourceFrames) {
    Objects.requireNonNull(sourceFrames, "sourceFrames == null");
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("source_frames", sourceFrames);
    return ParseSetupReplies.parseSetup(post("/3/ParseSetup", fields));
  }

  /**
   * Starts parsing raw frames into the frame {@code destinationFrame} as {@code setup} says ({@code POST /3/Parse}) and
   * returns the job; wait for it with {@link #awaitJob}. The raw frames are removed when the parse is done, as H2O's own
   * clients do.
   */
  public Job parse(ParseSetup setup, String destinationFrame) {
    Objects.requireNonNull(setup, "setup == null");
    Objects.requireNonNull(destinationFrame, "destinationFrame == null");
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("destination_frame", destinationFrame);
    fields.put("source_frames", setup.sourceFrames());
    fields.put("parse_type", setup.parseType());
    fields.put("separator", setup.separator());
    fields.put("single_quotes", setup.singleQuotes());
    fields.put("check_header", setup.checkHeader());
    fields.put("number_columns", setup.numberColumns());
    fields.put("column_names", setup.columnNames().isEmpty() ? null : setup.columnNames());
    fields.put("column_types", setup.columnTypes().isEmpty() ? null : setup.columnTypes());
    fields.put("chunk_size", setup.chunkSize());
    fields.put("delete_on_done", true);
    fields.put("blocking", false);
    return startedJob(postForm("/3/Parse", fields));
  }

  @Override
  public String toString() {
    return "H2OClient(" + node + ")";
  }

  private static String columnsQuery(int[] columns) {
    if (columns == null) {
      return "";
    }
    return "?columns=" + java.util.Arrays.stream(columns).mapToObj(Integer::toString).collect(Collectors.joining(","));
  }

  private static String framePath(String frameId) {
    Objects.requireNonNull(frameId, "frameId == null");
    return "/3/sparkling/frames/" + Form.escape(frameId);
  }

  JsonNode get(String path) {
    return send(request(path).GET().build()).json();
  }

  JsonNode post(String path, Map<String, ?> fields) {
    return postForm(path, fields).json();
  }

  /** A JSON body, for the few endpoints that read one instead of form fields ({@code /99/AutoMLBuilder}). */
  JsonNode postJson(String path, Object body) {
    return post(path, "application/json", Form.json(body, JSON)).json();
  }

  private Reply postForm(String path, Map<String, ?> fields) {
    return post(path, "application/x-www-form-urlencoded", Form.encode(fields, JSON));
  }

  private Reply post(String path, String contentType, String body) {
    HttpRequest post =
        request(path)
            .header("Content-Type", contentType + "; charset=UTF-8")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    return send(post);
  }

  /** The job a POST started; H2O's reply always names it with its key. */
  private static Job startedJob(Reply reply) {
    return JobReplies.job(reply.field(reply.json(), "job", "key"));
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder request = HttpRequest.newBuilder(node.resolve(path)).timeout(requestTimeout);
    return credentials == null ? request : request.header("Authorization", credentials.basicAuthorization());
  }

  /** Sends a request and reads its whole reply within the request timeout; an error status fails with H2O's message. */
  private Reply send(HttpRequest request) {
    Reply reply = ReplyReader.read(
        request.method(), exchange(request, HttpResponse.BodyHandlers.ofInputStream()), requestTimeout);
    if (!reply.succeeded()) {
      throw ErrorReplies.toException(reply, JSON);
    }
    return reply;
  }

  private static String what(HttpRequest request) {
    return request.method() + " " + request.uri().getRawPath();
  }

  private <T> HttpResponse<T> exchange(HttpRequest request, HttpResponse.BodyHandler<T> body) {
    String what = what(request);
    try {
      HttpResponse<T> response = cutoff.await(http.sendAsync(request, body), node, what);
      return AccessFailures.check(node, what, credentials != null, response);
    } catch (HttpConnectTimeoutException | ConnectException e) {
      throw new H2OConnectionException(node, what, e);
    } catch (HttpTimeoutException e) {
      throw new H2OConnectionException(
          node, what + " got no answer within " + requestTimeout.toMillis() + " ms (spark.ext.h2o.rest.api.timeout)", e);
    } catch (IOException e) {
      throw AccessFailures.ioFailure(node, what, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new H2OClientException("Interrupted while waiting for H2O at " + node + " to answer " + what, e);
    }
  }

  /** Builds an {@link H2OClient}. */
  public static final class Builder {
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};

  private final URI node;
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration requestTimeout = Duration.ofMinutes(5);
    private Credentials credentials;
    private TrustedCertificates trust;
    private CallCutoff cutoff = new CallCutoff();

    private Builder(URI node) {
      this.node = Objects.requireNonNull(node, "node == null");
    }

    /** How long to wait for a TCP connection to the node. */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = Objects.requireNonNull(timeout, "timeout == null");
      return this;
    }

    /** How long to wait for one reply. */
    public Builder requestTimeout(Duration timeout) {
      this.requestTimeout = Objects.requireNonNull(timeout, "timeout == null");
      return this;
    }

    /** Logs in with these credentials (HTTP basic authentication) on every request; none when {@code null}. */
    public Builder credentials(Credentials credentials) {
      this.credentials = credentials;
      return this;
    }

    /** Trusts these certificates over HTTPS; the JDK's default authorities when not set. */
    public Builder trust(TrustedCertificates trust) {
      this.trust = trust;
      return this;
    }

    /**
     * Ends this client's calls when {@code cutoff} is thrown, e.g. by whoever found the cluster lost; by default only the
     * timeouts end them.
     */
    public Builder cutoff(CallCutoff cutoff) {
      this.cutoff = Objects.requireNonNull(cutoff, "cutoff == null");
      return this;
    }

    public H2OClient build() {
      return new H2OClient(this);
    }
  }
}
