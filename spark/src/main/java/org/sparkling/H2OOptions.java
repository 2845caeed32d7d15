package org.sparkling;

import java.util.List;

/**
 * Every {@code spark.ext.h2o.*} option Sparkling Water reads, each with its default. Set them in {@code SparkConf}
 * ({@code --conf spark.ext.h2o.nthreads=4}) or through the setters of {@link H2OConf}; {@link H2OConf} resolves them.
 */
public final class H2OOptions {
  // Each option is described once, in ALL, from which docs/configuration.md is generated.
  public static final String BACKEND_CLUSTER_MODE = "spark.ext.h2o.backend.cluster.mode";
  public static final String BACKEND_CLUSTER_MODE_DEFAULT = "internal";

  public static final String EXTERNAL_START_MODE = "spark.ext.h2o.external.start.mode";
  public static final String EXTERNAL_START_MODE_DEFAULT = "manual";

  public static final String CLOUD_REPRESENTATIVE = "spark.ext.h2o.cloud.representative";
  public static final String CLOUD_REPRESENTATIVE_DEFAULT = "";

  public static final String BACKEND_HEARTBEAT_INTERVAL = "spark.ext.h2o.backend.heartbeat.interval";
  public static final long BACKEND_HEARTBEAT_INTERVAL_DEFAULT = 10_000L;

  public static final String BASE_PORT = "spark.ext.h2o.base.port";
  public static final int BASE_PORT_DEFAULT = 54321;

  public static final String CLOUD_NAME = "spark.ext.h2o.cloud.name";
  public static final String CLOUD_NAME_DEFAULT = "";

  public static final String CLOUD_TIMEOUT = "spark.ext.h2o.cloud.timeout";
  public static final long CLOUD_TIMEOUT_DEFAULT = 60_000L;

  public static final String NTHREADS = "spark.ext.h2o.nthreads";
  public static final int NTHREADS_DEFAULT = -1;

  public static final String LOG_LEVEL = "spark.ext.h2o.log.level";
  public static final String LOG_LEVEL_DEFAULT = "INFO";

  public static final String LOG_DIR = "spark.ext.h2o.log.dir";
  public static final String LOG_DIR_DEFAULT = "";

  public static final String WORK_DIR = "spark.ext.h2o.work.dir";
  public static final String WORK_DIR_DEFAULT = "";

  public static final String REST_API_TIMEOUT = "spark.ext.h2o.rest.api.timeout";
  public static final long REST_API_TIMEOUT_DEFAULT = 300_000L;

  public static final String TRANSFER_MODE = "spark.ext.h2o.transfer.mode";
  public static final String TRANSFER_MODE_DEFAULT = "auto";

  public static final String REST_API_BASED_CLIENT = "spark.ext.h2o.rest.api.based.client";
  public static final boolean REST_API_BASED_CLIENT_DEFAULT = true;

  public static final String EXTERNAL_CLUSTER_SIZE = "spark.ext.h2o.external.cluster.size";
  public static final int EXTERNAL_CLUSTER_SIZE_DEFAULT = 1;

  // 2g: enough for the data a single machine's Spark application hands to H2O, small enough to start beside it on a laptop.
  public static final String EXTERNAL_MEMORY = "spark.ext.h2o.external.memory";
  public static final String EXTERNAL_MEMORY_DEFAULT = "2g";

  public static final String EXTERNAL_H2O_DRIVER = "spark.ext.h2o.external.h2o.driver";
  public static final String EXTERNAL_H2O_DRIVER_DEFAULT = "";

  public static final String PROGRESS = "spark.ext.h2o.progress";
  public static final String PROGRESS_DEFAULT = "auto";

  // 10 s: a line now and then in a log, not a scroll of them.
  public static final String PROGRESS_INTERVAL = "spark.ext.h2o.progress.interval";
  public static final long PROGRESS_INTERVAL_DEFAULT = 10_000L;
  // Security: logins and TLS. Every secret's key holds "password", which Spark's default spark.redaction.regex hides.
  public static final String USER = "spark.ext.h2o.user";
  public static final String USER_DEFAULT = "";

  public static final String PASSWORD = "spark.ext.h2o.password";
  public static final String PASSWORD_DEFAULT = "";

  public static final String CREDENTIALS_FILE = "spark.ext.h2o.credentials.file";
  public static final String CREDENTIALS_FILE_DEFAULT = "";

  public static final String HTTPS = "spark.ext.h2o.https";
  public static final boolean HTTPS_DEFAULT = false;

  public static final String TRUSTSTORE = "spark.ext.h2o.truststore";
  public static final String TRUSTSTORE_DEFAULT = "";

  public static final String TRUSTSTORE_PASSWORD = "spark.ext.h2o.truststore.password";
  public static final String TRUSTSTORE_PASSWORD_DEFAULT = "";

  public static final String VERIFY_SSL_CERTIFICATES = "spark.ext.h2o.verify_ssl_certificates";
  public static final boolean VERIFY_SSL_CERTIFICATES_DEFAULT = true;

  public static final String HASH_LOGIN = "spark.ext.h2o.hash.login";
  public static final boolean HASH_LOGIN_DEFAULT = false;

  public static final String LOGIN_CONF = "spark.ext.h2o.login.conf";
  public static final String LOGIN_CONF_DEFAULT = "";

  public static final String JKS = "spark.ext.h2o.jks";
  public static final String JKS_DEFAULT = "";

  // The original Sparkling Water's spark.ext.h2o.jks.pass escapes Spark's redaction regex: renamed so that it cannot leak.
  public static final String JKS_PASSWORD = "spark.ext.h2o.jks.password";
  public static final String JKS_PASSWORD_DEFAULT = "";

  public static final String AUTO_SECURED = "spark.ext.h2o.auto.secured";
  public static final boolean AUTO_SECURED_DEFAULT = false;

  public static final String STOP_REMOVE_CREATED = "spark.ext.h2o.stop.remove.created";
  public static final boolean STOP_REMOVE_CREATED_DEFAULT = false;

  /** Every option: key, default and description, in the order of the documentation table. */
  public static final List<Option> ALL =
      List.of(
          new Option(BACKEND_CLUSTER_MODE, BACKEND_CLUSTER_MODE_DEFAULT,
              "`internal`: H2O nodes run inside the Spark JVMs (one node in each executor on a cluster, one embedded node with a "
                  + "local master; not with `spark.dynamicAllocation.enabled=true`); `external`: a separate H2O cluster."),
          new Option(EXTERNAL_START_MODE, EXTERNAL_START_MODE_DEFAULT,
              "With the external backend: `manual` connects to a running H2O cluster (`spark.ext.h2o.cloud.representative`); "
                  + "`auto` starts one for this application and stops it with the context."),
          new Option(CLOUD_REPRESENTATIVE, CLOUD_REPRESENTATIVE_DEFAULT,
              "`host:port` of the REST API of any node of an external H2O cluster (manual start); the cluster's size is "
                  + "discovered from it."),
          new Option(EXTERNAL_CLUSTER_SIZE, String.valueOf(EXTERNAL_CLUSTER_SIZE_DEFAULT),
              "How many H2O nodes the external backend starts when it starts the cluster itself."),
          new Option(EXTERNAL_MEMORY, EXTERNAL_MEMORY_DEFAULT,
              "Heap (`-Xmx`) of each H2O node the external backend starts, e.g. `2g` or `512m`; H2O wants about four times "
                  + "the size of the data it holds."),
          new Option(EXTERNAL_H2O_DRIVER, EXTERNAL_H2O_DRIVER_DEFAULT,
              "Path of an official H2O jar for the nodes the external backend starts: `h2o.jar` for local nodes, the "
                  + "`h2odriver` jar on YARN; empty means the `H2O_DRIVER_JAR` environment variable, else (local nodes only) "
                  + "the H2O runtime that ships with Sparkling Water."),
          new Option(BACKEND_HEARTBEAT_INTERVAL, String.valueOf(BACKEND_HEARTBEAT_INTERVAL_DEFAULT),
              "Milliseconds between the driver's checks that the H2O cluster still answers; a lost cluster is reported "
                  + "within this time, and the next call says so."),
          new Option(BASE_PORT, String.valueOf(BASE_PORT_DEFAULT),
              "First port tried for an H2O node's REST API; the node also takes the port after it."),
          new Option(CLOUD_NAME, CLOUD_NAME_DEFAULT, "Name the H2O nodes cloud up under; empty means `sparkling-<application id>`."),
          new Option(CLOUD_TIMEOUT, String.valueOf(CLOUD_TIMEOUT_DEFAULT),
              "Milliseconds to wait for the H2O cloud to form and its REST API to answer."),
          new Option(NTHREADS, String.valueOf(NTHREADS_DEFAULT), "Threads each H2O node uses; -1 means every core the JVM sees."),
          new Option(LOG_LEVEL, LOG_LEVEL_DEFAULT, "H2O's log level: TRACE, DEBUG, INFO, WARN, ERRR (or ERROR) or FATAL."),
          new Option(LOG_DIR, LOG_DIR_DEFAULT, "Folder for H2O's logs; empty means `<work dir>/logs`."),
          new Option(WORK_DIR, WORK_DIR_DEFAULT,
              "Folder of this application's H2O files (logs, ice, Flow notebooks); empty means `<spark.local.dir>/sparkling-<application id>`."),
          new Option(REST_API_TIMEOUT, String.valueOf(REST_API_TIMEOUT_DEFAULT), "Milliseconds to wait for one reply of H2O's REST API."),
          new Option(TRANSFER_MODE, TRANSFER_MODE_DEFAULT,
              "How data moves between Spark and H2O: `auto` writes and reads chunks in process where an executor runs an H2O "
                  + "node of the cluster and over REST elsewhere; `rest` always moves them over REST (compact binary streams)."),
          new Option(PROGRESS, PROGRESS_DEFAULT,
              "How the driver shows the progress of conversions, H2O jobs and AutoML on stderr: `bar` a progress bar, `lines` "
                  + "a plain line now and then (for logs), `off` nothing; `auto` a bar when the JVM has a terminal, else lines."),
          new Option(PROGRESS_INTERVAL, String.valueOf(PROGRESS_INTERVAL_DEFAULT),
              "Milliseconds between two progress lines of the same work (`lines`); work done sooner than that prints only a "
                  + "final line, and nothing when it took less than a second."),
          new Option(USER, USER_DEFAULT,
              "User name sent (HTTP basic authentication) to an H2O cluster started with a login, e.g. `-hash_login`; see "
                  + "docs/security.md."),
          new Option(PASSWORD, PASSWORD_DEFAULT,
              "Password of `spark.ext.h2o.user`; hidden in logs, messages and Spark's UI (Spark's default "
                  + "`spark.redaction.regex` matches the key)."),
          new Option(CREDENTIALS_FILE, CREDENTIALS_FILE_DEFAULT,
              "File whose first line is `user:password`, read instead of `spark.ext.h2o.user` / `spark.ext.h2o.password` "
                  + "so that the password is in no configuration."),
          new Option(HTTPS, String.valueOf(HTTPS_DEFAULT),
              "Talk to an H2O cluster started by others over HTTPS (nodes started with `-jks`); implied by "
                  + "`spark.ext.h2o.truststore`. Nodes Sparkling Water starts with a keystore are always reached over "
                  + "HTTPS."),
          new Option(TRUSTSTORE, TRUSTSTORE_DEFAULT,
              "Truststore (JKS or PKCS12) holding the certificate of the H2O nodes or of their authority; empty means the "
                  + "JDK's default authorities."),
          new Option(TRUSTSTORE_PASSWORD, TRUSTSTORE_PASSWORD_DEFAULT, "Password of `spark.ext.h2o.truststore`, if it has one."),
          new Option(VERIFY_SSL_CERTIFICATES, String.valueOf(VERIFY_SSL_CERTIFICATES_DEFAULT),
              "`false` accepts any certificate and host name over HTTPS: for test clusters only."),
          new Option(HASH_LOGIN, String.valueOf(HASH_LOGIN_DEFAULT),
              "The nodes Sparkling Water starts (internal backend, external backend with automatic start) ask for a login "
                  + "(`-hash_login`): `spark.ext.h2o.login.conf`, or else a realm file made from `spark.ext.h2o.user` / "
                  + "`spark.ext.h2o.password` (as an MD5 hash)."),
          new Option(LOGIN_CONF, LOGIN_CONF_DEFAULT,
              "Realm file (`user: password` or `user: MD5:<hash>` lines) of the nodes Sparkling Water starts with "
                  + "`spark.ext.h2o.hash.login`; executors get a copy inside the task that starts their node."),
          new Option(JKS, JKS_DEFAULT,
              "Keystore with the certificate the nodes Sparkling Water starts serve HTTPS with (`-jks`); for nodes in "
                  + "executors it must name their hosts. Executors get a copy inside the task that starts their node."),
          new Option(JKS_PASSWORD, JKS_PASSWORD_DEFAULT,
              "Password of `spark.ext.h2o.jks` (the original `spark.ext.h2o.jks.pass` is not taken: Spark's redaction "
                  + "would not hide it). Handed to the nodes in their environment or H2O's settings, never on a command line."),
          new Option(AUTO_SECURED, String.valueOf(AUTO_SECURED_DEFAULT),
              "The nodes Sparkling Water starts (internal backend, external backend with automatic start) are secured: "
                  + "a generated user and password (`-hash_login`) and a generated self-signed certificate (`-jks`) for their "
                  + "hosts that only this application trusts."),
          new Option(STOP_REMOVE_CREATED, String.valueOf(STOP_REMOVE_CREATED_DEFAULT),
              "On a cluster the context does not own (external backend, manual start), `hc.stop()` removes the frames "
                  + "this context converted and did not delete, and nothing else; by default it leaves the cluster as it is. "
                  + "A cluster the context started is always cleared."),
          new Option(REST_API_BASED_CLIENT, String.valueOf(REST_API_BASED_CLIENT_DEFAULT),
              "Kept for compatibility: the driver always talks to H2O over its REST API, so only `true` is accepted."));

  private H2OOptions() {}

  /**
   * One option.
   *
   * @param key the {@code spark.ext.h2o.*} key
   * @param defaultValue its default, as text
   * @param description what it does
   */
  public record Option(String key, String defaultValue, String description) {}
}
