package org.sparkling;

import java.io.Serializable;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.apache.spark.SparkConf;
import scala.Tuple2;

/**
 * Sparkling Water's configuration: typed setters and getters over the {@code spark.ext.h2o.*} keys of {@link H2OOptions}.
 *
 * <p>A value set here wins over the same key in the session's {@code SparkConf}, which wins over the default.
 *
 * <pre>{@code
 * H2OConf conf = new H2OConf().setNthreads(2).setCloudName("flights");
 * H2OContext hc = H2OContext.getOrCreate(spark, conf);
 * }</pre>
 */
public final class H2OConf implements Serializable {
  private static final long serialVersionUID = 1L;
  private final Map<String, String> settings = new LinkedHashMap<>();

  /** An empty configuration: every option comes from the session's {@code SparkConf} or its default. */
  public H2OConf() {}

  /** A configuration holding the {@code spark.ext.h2o.*} entries of {@code sparkConf}. */
  public H2OConf(SparkConf sparkConf) {
    for (Tuple2<String, String> entry : sparkConf.getAllWithPrefix(H2OConfKeys.PREFIX)) {
      settings.put(H2OConfKeys.PREFIX + entry._1(), entry._2());
    }
  }

  /** This configuration over {@code sparkConf}: entries set here win. */
  H2OConf over(SparkConf sparkConf) {
    H2OConf merged = new H2OConf(sparkConf);
    merged.settings.putAll(settings);
    return merged;
  }

  /** Sets any {@code spark.ext.h2o.*} option by its key. */
  public H2OConf set(String key, String value) {
    Objects.requireNonNull(key, "key == null");
    Objects.requireNonNull(value, "value == null");
    settings.put(key, value);
    return this;
  }

  /** The options set explicitly (here or in the SparkConf this was built from). */
  public Map<String, String> settings() {
    return Collections.unmodifiableMap(settings);
  }

  public String backendClusterMode() {
    return get(H2OOptions.BACKEND_CLUSTER_MODE, H2OOptions.BACKEND_CLUSTER_MODE_DEFAULT).toLowerCase(Locale.ROOT);
  }

  /** Runs H2O nodes inside the Spark JVMs (the default; one embedded node with a local master). */
  public H2OConf setInternalClusterMode() {
    return set(H2OOptions.BACKEND_CLUSTER_MODE, "internal");
  }

  /** Uses a separate H2O cluster. */
  public H2OConf setExternalClusterMode() {
    return set(H2OOptions.BACKEND_CLUSTER_MODE, "external");
  }

  /** {@code manual} or {@code auto}; see {@link H2OOptions#EXTERNAL_START_MODE}. */
  public String externalStartMode() {
    return oneOf(H2OOptions.EXTERNAL_START_MODE, H2OOptions.EXTERNAL_START_MODE_DEFAULT, "manual", "auto");
  }

  /** With the external backend, starts an H2O cluster for this application and stops it with the context. */
  public H2OConf useAutoClusterStart() {
    return set(H2OOptions.EXTERNAL_START_MODE, "auto");
  }

  /** With the external backend, connects to an H2O cluster someone started (see {@link #setH2OCluster}). */
  public H2OConf useManualClusterStart() {
    return set(H2OOptions.EXTERNAL_START_MODE, "manual");
  }

  /** {@code host:port} of a node of the external cluster, or empty. */
  public String cloudRepresentative() {
    return get(H2OOptions.CLOUD_REPRESENTATIVE, H2OOptions.CLOUD_REPRESENTATIVE_DEFAULT).strip();
  }

  /**
   * Connects to the running H2O cluster whose node answers REST calls at {@code host:port}: sets the external backend,
   * manual start and the cloud representative. The cluster's size is asked from the node.
   */
  public H2OConf setH2OCluster(String host, int port) {
    Objects.requireNonNull(host, "host == null");
    return setH2OCluster(host + ":" + port);
  }

  /** {@link #setH2OCluster(String, int)} with {@code host:port} in one string. */
  public H2OConf setH2OCluster(String hostPort) {
    Objects.requireNonNull(hostPort, "hostPort == null");
    setExternalClusterMode();
    useManualClusterStart();
    return set(H2OOptions.CLOUD_REPRESENTATIVE, hostPort);
  }

  public Duration heartbeatInterval() {
    return Duration.ofMillis(getLong(H2OOptions.BACKEND_HEARTBEAT_INTERVAL, H2OOptions.BACKEND_HEARTBEAT_INTERVAL_DEFAULT));
  }

  public H2OConf setHeartbeatInterval(Duration interval) {
    return set(H2OOptions.BACKEND_HEARTBEAT_INTERVAL, Long.toString(interval.toMillis()));
  }

  public int basePort() {
    return getInt(H2OOptions.BASE_PORT, H2OOptions.BASE_PORT_DEFAULT);
  }

  public H2OConf setBasePort(int port) {
    return set(H2OOptions.BASE_PORT, Integer.toString(port));
  }

  /** The cloud name, or empty when it is derived from the application id. */
  public String cloudName() {
    return get(H2OOptions.CLOUD_NAME, H2OOptions.CLOUD_NAME_DEFAULT);
  }

  public H2OConf setCloudName(String name) {
    return set(H2OOptions.CLOUD_NAME, name);
  }

  public Duration cloudTimeout() {
    return Duration.ofMillis(getLong(H2OOptions.CLOUD_TIMEOUT, H2OOptions.CLOUD_TIMEOUT_DEFAULT));
  }

  public H2OConf setCloudTimeout(Duration timeout) {
    return set(H2OOptions.CLOUD_TIMEOUT, Long.toString(timeout.toMillis()));
  }

  public int nthreads() {
    return getInt(H2OOptions.NTHREADS, H2OOptions.NTHREADS_DEFAULT);
  }

  public H2OConf setNthreads(int threads) {
    return set(H2OOptions.NTHREADS, Integer.toString(threads));
  }

  public String logLevel() {
    return get(H2OOptions.LOG_LEVEL, H2OOptions.LOG_LEVEL_DEFAULT).toUpperCase(Locale.ROOT);
  }

  public H2OConf setLogLevel(String level) {
    return set(H2OOptions.LOG_LEVEL, level);
  }

  /** The folder for H2O's logs, or empty for {@code <work dir>/logs}. */
  public String logDir() {
    return get(H2OOptions.LOG_DIR, H2OOptions.LOG_DIR_DEFAULT);
  }

  public H2OConf setLogDir(String folder) {
    return set(H2OOptions.LOG_DIR, folder);
  }

  /** The folder of this application's H2O files, or empty for {@code <spark.local.dir>/sparkling-<application id>}. */
  public String workDir() {
    return get(H2OOptions.WORK_DIR, H2OOptions.WORK_DIR_DEFAULT);
  }

  public H2OConf setWorkDir(String folder) {
    return set(H2OOptions.WORK_DIR, folder);
  }

  public Duration restApiTimeout() {
    return Duration.ofMillis(getLong(H2OOptions.REST_API_TIMEOUT, H2OOptions.REST_API_TIMEOUT_DEFAULT));
  }

  public H2OConf setRestApiTimeout(Duration timeout) {
    return set(H2OOptions.REST_API_TIMEOUT, Long.toString(timeout.toMillis()));
  }

  /** {@code auto} or {@code rest}; see {@link H2OOptions#TRANSFER_MODE}. */
  public String transferMode() {
    return oneOf(H2OOptions.TRANSFER_MODE, H2OOptions.TRANSFER_MODE_DEFAULT, "auto", "rest");
  }

  public H2OConf setTransferMode(String mode) {
    return set(H2OOptions.TRANSFER_MODE, mode);
  }

  public boolean restApiBasedClient() {
    return Boolean.parseBoolean(
        get(H2OOptions.REST_API_BASED_CLIENT, Boolean.toString(H2OOptions.REST_API_BASED_CLIENT_DEFAULT)).strip());
  }

  /** How many H2O nodes the external backend starts; at least 1. */
  public int externalClusterSize() {
    int size = getInt(H2OOptions.EXTERNAL_CLUSTER_SIZE, H2OOptions.EXTERNAL_CLUSTER_SIZE_DEFAULT);
    if (size < 1) {
      throw new IllegalArgumentException(
          String.format("Invalid value '%d' for %s: a cluster needs at least one node, e.g. %s=2",
              size, H2OOptions.EXTERNAL_CLUSTER_SIZE, H2OOptions.EXTERNAL_CLUSTER_SIZE));
    }
    return size;
  }

  public H2OConf setExternalClusterSize(int nodes) {
    return set(H2OOptions.EXTERNAL_CLUSTER_SIZE, Integer.toString(nodes));
  }

  /** The heap of each H2O node the external backend starts, as for {@code -Xmx}: {@code 2g}, {@code 512m}. */
  public String externalMemory() {
    return get(H2OOptions.EXTERNAL_MEMORY, H2OOptions.EXTERNAL_MEMORY_DEFAULT).strip();
  }

  public H2OConf setExternalMemory(String memory) {
    return set(H2OOptions.EXTERNAL_MEMORY, memory);
  }

  /** The official H2O jar set by {@link H2OOptions#EXTERNAL_H2O_DRIVER}, or empty (the environment is not consulted here). */
  public String externalH2ODriver() {
    return get(H2OOptions.EXTERNAL_H2O_DRIVER, H2OOptions.EXTERNAL_H2O_DRIVER_DEFAULT).strip();
  }

  public H2OConf setExternalH2ODriver(String jar) {
    return set(H2OOptions.EXTERNAL_H2O_DRIVER, jar);
  }

  /** {@code auto}, {@code bar}, {@code lines} or {@code off}; see {@link H2OOptions#PROGRESS}. */
  public String progress() {
    return oneOf(H2OOptions.PROGRESS, H2OOptions.PROGRESS_DEFAULT, "auto", "bar", "lines", "off");
  }

  public H2OConf setProgress(String mode) {
    return set(H2OOptions.PROGRESS, mode);
  }

  /** How long a progress line stays the last one while the work goes on; see {@link H2OOptions#PROGRESS_INTERVAL}. */
  public Duration progressInterval() {
    long millis = getLong(H2OOptions.PROGRESS_INTERVAL, H2OOptions.PROGRESS_INTERVAL_DEFAULT);
    if (millis < 0) {
      throw new IllegalArgumentException(
          String.format("Invalid value '%d' for %s: expected milliseconds, 0 or more, e.g. %s=%d",
              millis, H2OOptions.PROGRESS_INTERVAL, H2OOptions.PROGRESS_INTERVAL, H2OOptions.PROGRESS_INTERVAL_DEFAULT));
    }
    return Duration.ofMillis(millis);
  }

  public H2OConf setProgressInterval(Duration interval) {
    return set(H2OOptions.PROGRESS_INTERVAL, Long.toString(interval.toMillis()));
  }

  // Security options: see docs/security.md.

  public String user() {
    return get(H2OOptions.USER, H2OOptions.USER_DEFAULT).strip();
  }

  /** Logs in to the H2O cluster as {@code user} with {@code password} (HTTP basic authentication). */
  public H2OConf setCredentials(String user, String password) {
    return set(H2OOptions.USER, user).set(H2OOptions.PASSWORD, password);
  }

  /** The password; never shown by {@link #toString()}. */
  public String password() {
    return get(H2OOptions.PASSWORD, H2OOptions.PASSWORD_DEFAULT);
  }

  public String credentialsFile() {
    return get(H2OOptions.CREDENTIALS_FILE, H2OOptions.CREDENTIALS_FILE_DEFAULT).strip();
  }

  /** Reads the login from a file whose first line is {@code user:password}. */
  public H2OConf setCredentialsFile(String path) {
    return set(H2OOptions.CREDENTIALS_FILE, path);
  }

  /**
   * Whether the REST API of a cluster this application did not start is reached over HTTPS: asked for, or implied by a
   * truststore. (The clusters the automatic backend starts with a keystore are always reached over HTTPS.)
   */
  public boolean https() {
    return getBoolean(H2OOptions.HTTPS, H2OOptions.HTTPS_DEFAULT) || !truststore().isEmpty();
  }

  public H2OConf setHttps(boolean https) {
    return set(H2OOptions.HTTPS, Boolean.toString(https));
  }

  public String truststore() {
    return get(H2OOptions.TRUSTSTORE, H2OOptions.TRUSTSTORE_DEFAULT).strip();
  }

  public String truststorePassword() {
    return get(H2OOptions.TRUSTSTORE_PASSWORD, H2OOptions.TRUSTSTORE_PASSWORD_DEFAULT);
  }

  /** Trusts the certificates of this truststore over HTTPS; {@code password} may be empty. */
  public H2OConf setTruststore(String path, String password) {
    return set(H2OOptions.TRUSTSTORE, path).set(H2OOptions.TRUSTSTORE_PASSWORD, password);
  }

  public boolean verifySslCertificates() {
    return getBoolean(H2OOptions.VERIFY_SSL_CERTIFICATES, H2OOptions.VERIFY_SSL_CERTIFICATES_DEFAULT);
  }

  public H2OConf setVerifySslCertificates(boolean verify) {
    return set(H2OOptions.VERIFY_SSL_CERTIFICATES, Boolean.toString(verify));
  }

  public boolean hashLogin() {
    return getBoolean(H2OOptions.HASH_LOGIN, H2OOptions.HASH_LOGIN_DEFAULT);
  }

  /** The automatic backend starts its nodes with {@code -hash_login} and this realm file (empty: made from the login). */
  public H2OConf setHashLogin(String loginConf) {
    return set(H2OOptions.HASH_LOGIN, "true").set(H2OOptions.LOGIN_CONF, loginConf);
  }

  public String loginConf() {
    return get(H2OOptions.LOGIN_CONF, H2OOptions.LOGIN_CONF_DEFAULT).strip();
  }

  public String jks() {
    return get(H2OOptions.JKS, H2OOptions.JKS_DEFAULT).strip();
  }

  public String jksPassword() {
    return get(H2OOptions.JKS_PASSWORD, H2OOptions.JKS_PASSWORD_DEFAULT);
  }

  /** The automatic backend's nodes serve HTTPS with the certificate of this keystore. */
  public H2OConf setJks(String path, String password) {
    return set(H2OOptions.JKS, path).set(H2OOptions.JKS_PASSWORD, password);
  }

  public boolean autoSecured() {
    return getBoolean(H2OOptions.AUTO_SECURED, H2OOptions.AUTO_SECURED_DEFAULT);
  }

  /** The automatic backend starts a cluster with a generated login and a generated certificate. */
  public H2OConf setAutoSecured(boolean secured) {
    return set(H2OOptions.AUTO_SECURED, Boolean.toString(secured));
  }

  /** Whether {@code hc.stop()} removes, from a cluster the context does not own, the frames the context converted. */
  public boolean stopRemovesCreated() {
    return getBoolean(H2OOptions.STOP_REMOVE_CREATED, H2OOptions.STOP_REMOVE_CREATED_DEFAULT);
  }

  /** See {@link H2OOptions#STOP_REMOVE_CREATED}: {@code true} makes {@code hc.stop()} remove what the context converted. */
  public H2OConf setStopRemovesCreated(boolean remove) {
    return set(H2OOptions.STOP_REMOVE_CREATED, Boolean.toString(remove));
  }

  private boolean getBoolean(String key, boolean defaultValue) {
    String value = get(key, Boolean.toString(defaultValue)).strip().toLowerCase(Locale.ROOT);
    if (!value.equals("true") && !value.equals("false")) {
      throw new IllegalArgumentException("Invalid value '" + value + "' for " + key + ": expected true or false");
    }
    return Boolean.parseBoolean(value);
  }

  @Override
  public String toString() {
    return "H2OConf" + org.sparkling.security.SecretOptions.redact(settings);
  }

  /** The same cluster, reached the same way: another context is needed when this differs. */
  String clusterTarget() {
    boolean external = backendClusterMode().equals("external");
    return backendClusterMode() + (external ? " " + externalStartMode() + " " + cloudRepresentative() : "") + " "
        + cloudName();
  }

  private String oneOf(String key, String defaultValue, String... allowed) {
    String value = get(key, defaultValue).strip().toLowerCase(Locale.ROOT);
    if (!java.util.Arrays.asList(allowed).contains(value)) {
      throw new IllegalArgumentException(
          "Invalid value '" + value + "' for " + key + ": expected " + alternatives(allowed));
    }
    return value;
  }

  /** {@code a or b}, {@code a, b or c}. */
  private static String alternatives(String... allowed) {
    int last = allowed.length - 1;
    return last == 0 ? allowed[0] : String.join(", ", java.util.Arrays.copyOf(allowed, last)) + " or " + allowed[last];
  }

  private String get(String key, String defaultValue) {
    return settings.getOrDefault(key, defaultValue);
  }

  private int getInt(String key, int defaultValue) {
    long value = getLong(key, defaultValue);
    if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(
          String.format("Invalid value '%d' for %s: too large, e.g. %s=%d", value, key, key, defaultValue));
    }
    return (int) value;
  }

  private long getLong(String key, long defaultValue) {
    String value = settings.get(key);
    if (value == null) {
      return defaultValue;
    }
    try {
      return Long.parseLong(value.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          String.format("Invalid value '%s' for %s: expected a whole number, e.g. %s=%d", value, key, key, defaultValue), e);
    }
  }
}
