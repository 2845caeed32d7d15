package org.sparkling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.fail;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.SparkConf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Pins every key and default, so that a rename or a silent change of a default fails the build. */
class H2OConfTest {
  /** Every option as users know it: key and default, in the order of docs/configuration.md. */
  private static final Map<String, String> KEYS_AND_DEFAULTS = new LinkedHashMap<>();

  static {
    KEYS_AND_DEFAULTS.put("spark.ext.h2o.backend.cluster.mode", "internal");
    KEYS_AND_DEFAULTS.put("spark.ext.h2o.external.start.mode", "manual");
    KEYS_AND_DEFAULTS.put("spark.ext.h2o.cloud.representative", "");
    KEYS_AND_DEFAULTS.put("spark.ext.h2o.external.cluster.size", "1");
    KEYS_AND_DEFAULTS.put("spark.ext.h2o.external.memory", "2g");
    KEYS_AND_DEFAULTS.put("spark.ext.h2o.external.h2o.driver", "");
    KEYS_AND_DEFAULTS.put("spark.ext.h2o.backend.heartbeat.interval", "10000");
    KEYS_AND_DEFAULTS.put("spark.ext.h2o.base.port", "54321");
    KEYS_AND_DEFAULTS.put("spark.ext.h2o.cloud.name", "");
    KEYS_AND_DEFAULTS.put("spark.ext.h2o.cloud.timeout", "60000");
    KEYS_AND_DEFAULTS.put("spark.ext.h2o.nthreads", "-1");
    KEYS_AND_DEFAULTS.put("spark.ext.h2o.log.level", "INFO");
    KEYS_AND_DEFAULTS.put("spark.ext.h2o.log.dir", "");
    KEYS_AND_DEFAULTS.put("spark.ext.h2o.work.dir", "");
    KEYS_AND_DEFAULTS.put("spark.ext.h2o.rest.api.timeout", "300000");
    KEYS_AND_DEFAULTS.put("spark.ext.h2o.transfer.mode", "auto");
    KEYS_AND_DEFAULTS.put("spark.ext.h2o.progress", "auto");
    KEYS_AND_DEFAULTS.put("spark.ext.h2o.progress.interval", "10000");
    KEYS_AND_DEFAULTS.put("spark.ext.h2o.user", "");
    KEYS_AND_DEFAULTS.put("spark.ext.h2o.password", "");
    KEYS_AND_DEFAULTS.put("spark.ext.h2o.credentials.file", "");
    KEYS_AND_DEFAULTS.put("spark.ext.h2o.https", "false");
    KEYS_AND_DEFAULTS.put("spark.ext.h2o.truststore", "");
    KEYS_AND_DEFAULTS.put("spark.ext.h2o.truststore.password", "");
    KEYS_AND_DEFAULTS.put("spark.ext.h2o.verify_ssl_certificates", "true");
    KEYS_AND_DEFAULTS.put("spark.ext.h2o.hash.login", "false");
    KEYS_AND_DEFAULTS.put("spark.ext.h2o.login.conf", "");
    KEYS_AND_DEFAULTS.put("spark.ext.h2o.jks", "");
    KEYS_AND_DEFAULTS.put("spark.ext.h2o.jks.password", "");
    KEYS_AND_DEFAULTS.put("spark.ext.h2o.auto.secured", "false");
    KEYS_AND_DEFAULTS.put("spark.ext.h2o.stop.remove.created", "false");
    KEYS_AND_DEFAULTS.put("spark.ext.h2o.rest.api.based.client", "true");
  }

  @Test
  void pinsEveryKeyConstant() {
    assertThat(H2OOptions.BACKEND_CLUSTER_MODE).isEqualTo("spark.ext.h2o.backend.cluster.mode");
    assertThat(H2OOptions.EXTERNAL_START_MODE).isEqualTo("spark.ext.h2o.external.start.mode");
    assertThat(H2OOptions.CLOUD_REPRESENTATIVE).isEqualTo("spark.ext.h2o.cloud.representative");
    assertThat(H2OOptions.BACKEND_HEARTBEAT_INTERVAL).isEqualTo("spark.ext.h2o.backend.heartbeat.interval");
    assertThat(H2OOptions.BASE_PORT).isEqualTo("spark.ext.h2o.base.port");
    assertThat(H2OOptions.CLOUD_NAME).isEqualTo("spark.ext.h2o.cloud.name");
    assertThat(H2OOptions.CLOUD_TIMEOUT).isEqualTo("spark.ext.h2o.cloud.timeout");
    assertThat(H2OOptions.NTHREADS).isEqualTo("spark.ext.h2o.nthreads");
    assertThat(H2OOptions.LOG_LEVEL).isEqualTo("spark.ext.h2o.log.level");
    assertThat(H2OOptions.LOG_DIR).isEqualTo("spark.ext.h2o.log.dir");
    assertThat(H2OOptions.WORK_DIR).isEqualTo("spark.ext.h2o.work.dir");
    assertThat(H2OOptions.REST_API_TIMEOUT).isEqualTo("spark.ext.h2o.rest.api.timeout");
    assertThat(H2OOptions.TRANSFER_MODE).isEqualTo("spark.ext.h2o.transfer.mode");
    assertThat(H2OOptions.PROGRESS).isEqualTo("spark.ext.h2o.progress");
    assertThat(H2OOptions.PROGRESS_INTERVAL).isEqualTo("spark.ext.h2o.progress.interval");
    assertThat(H2OOptions.REST_API_BASED_CLIENT).isEqualTo("spark.ext.h2o.rest.api.based.client");
    assertThat(H2OOptions.EXTERNAL_CLUSTER_SIZE).isEqualTo("spark.ext.h2o.external.cluster.size");
    assertThat(H2OOptions.EXTERNAL_MEMORY).isEqualTo("spark.ext.h2o.external.memory");
    assertThat(H2OOptions.EXTERNAL_H2O_DRIVER).isEqualTo("spark.ext.h2o.external.h2o.driver");
  }

  @Test
  void pinsEveryDefaultConstant() {
    assertThat(H2OOptions.BACKEND_CLUSTER_MODE_DEFAULT).isEqualTo("internal");
    assertThat(H2OOptions.EXTERNAL_START_MODE_DEFAULT).isEqualTo("manual");
    assertThat(H2OOptions.CLOUD_REPRESENTATIVE_DEFAULT).isEmpty();
    assertThat(H2OOptions.BACKEND_HEARTBEAT_INTERVAL_DEFAULT).isEqualTo(10_000L);
    assertThat(H2OOptions.BASE_PORT_DEFAULT).isEqualTo(54321);
    assertThat(H2OOptions.CLOUD_NAME_DEFAULT).isEmpty();
    assertThat(H2OOptions.CLOUD_TIMEOUT_DEFAULT).isEqualTo(60_000L);
    assertThat(H2OOptions.NTHREADS_DEFAULT).isEqualTo(-1);
    assertThat(H2OOptions.LOG_LEVEL_DEFAULT).isEqualTo("INFO");
    assertThat(H2OOptions.LOG_DIR_DEFAULT).isEmpty();
    assertThat(H2OOptions.WORK_DIR_DEFAULT).isEmpty();
    assertThat(H2OOptions.REST_API_TIMEOUT_DEFAULT).isEqualTo(300_000L);
    assertThat(H2OOptions.TRANSFER_MODE_DEFAULT).isEqualTo("auto");
    assertThat(H2OOptions.PROGRESS_DEFAULT).isEqualTo("auto");
    assertThat(H2OOptions.PROGRESS_INTERVAL_DEFAULT).isEqualTo(10_000L);
    assertThat(H2OOptions.REST_API_BASED_CLIENT_DEFAULT).isTrue();
    assertThat(H2OOptions.EXTERNAL_CLUSTER_SIZE_DEFAULT).isEqualTo(1);
    assertThat(H2OOptions.EXTERNAL_MEMORY_DEFAULT).isEqualTo("2g");
    assertThat(H2OOptions.EXTERNAL_H2O_DRIVER_DEFAULT).isEmpty();
  }

  @Test
  void allListsEveryOptionInOrderWithItsDefault() {
    Map<String, String> listed = new LinkedHashMap<>();
    for (H2OOptions.Option option : H2OOptions.ALL) {
      listed.put(option.key(), option.defaultValue());
    }

    assertThat(listed).containsExactlyEntriesOf(KEYS_AND_DEFAULTS);
    assertThat(H2OOptions.ALL).hasSize(KEYS_AND_DEFAULTS.size());
  }

  @Test
  void allListsEveryKeyConstantExactlyOnceWithItsDefaultTwin() throws IllegalAccessException {
    List<String> keys = new ArrayList<>();
    for (Field field : H2OOptions.class.getFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class && !field.getName().endsWith("_DEFAULT")) {
        String key = (String) field.get(null);
        keys.add(key);
        Object defaultValue = defaultOf(field.getName());
        assertThat(H2OOptions.ALL)
            .as("options listing %s (%s)", key, field.getName())
            .filteredOn(option -> option.key().equals(key))
            .singleElement()
            .satisfies(option -> assertThat(option.defaultValue()).isEqualTo(String.valueOf(defaultValue)));
      }
    }

    assertThat(H2OOptions.ALL.stream().map(H2OOptions.Option::key).toList())
        .doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(keys);
  }

  @Test
  void everyOptionIsUnderThePrefixAndDescribed() {
    for (H2OOptions.Option option : H2OOptions.ALL) {
      assertThat(option.key()).startsWith(H2OConfKeys.PREFIX);
      assertThat(option.defaultValue()).as("default of %s", option.key()).isNotNull();
      assertThat(option.description()).as("description of %s", option.key()).isNotBlank().endsWith(".");
    }
  }

  @Test
  void anEmptyConfHasEveryDefault() {
    H2OConf conf = new H2OConf();

    assertThat(conf.settings()).isEmpty();
    assertThat(conf.backendClusterMode()).isEqualTo("internal");
    assertThat(conf.basePort()).isEqualTo(54321);
    assertThat(conf.cloudName()).isEmpty();
    assertThat(conf.cloudTimeout()).isEqualTo(Duration.ofSeconds(60));
    assertThat(conf.nthreads()).isEqualTo(-1);
    assertThat(conf.logLevel()).isEqualTo("INFO");
    assertThat(conf.logDir()).isEmpty();
    assertThat(conf.workDir()).isEmpty();
    assertThat(conf.restApiTimeout()).isEqualTo(Duration.ofMinutes(5));
    assertThat(conf.restApiBasedClient()).isTrue();
    assertThat(conf.externalClusterSize()).isEqualTo(1);
    assertThat(conf.externalMemory()).isEqualTo("2g");
    assertThat(conf.externalH2ODriver()).isEmpty();
    assertThat(conf.progress()).isEqualTo("auto");
    assertThat(conf.progressInterval()).isEqualTo(Duration.ofSeconds(10));
  }

  @Test
  void settersAndGettersRoundTripThroughTheKeys() {
    H2OConf conf =
        new H2OConf()
            .setExternalClusterMode()
            .setBasePort(60000)
            .setCloudName("flights")
            .setCloudTimeout(Duration.ofSeconds(90))
            .setNthreads(3)
            .setLogLevel("debug")
            .setLogDir("/var/log/h2o")
            .setWorkDir("/tmp/sparkling")
            .setRestApiTimeout(Duration.ofMillis(1500))
            .setExternalClusterSize(3)
            .setExternalMemory("1g")
            .setExternalH2ODriver("/opt/h2o/h2o.jar");

    assertThat(conf.backendClusterMode()).isEqualTo("external");
    assertThat(conf.basePort()).isEqualTo(60000);
    assertThat(conf.cloudName()).isEqualTo("flights");
    assertThat(conf.cloudTimeout()).isEqualTo(Duration.ofSeconds(90));
    assertThat(conf.nthreads()).isEqualTo(3);
    assertThat(conf.logLevel()).isEqualTo("DEBUG");
    assertThat(conf.logDir()).isEqualTo("/var/log/h2o");
    assertThat(conf.workDir()).isEqualTo("/tmp/sparkling");
    assertThat(conf.restApiTimeout()).isEqualTo(Duration.ofMillis(1500));
    assertThat(conf.externalClusterSize()).isEqualTo(3);
    assertThat(conf.externalMemory()).isEqualTo("1g");
    assertThat(conf.externalH2ODriver()).isEqualTo("/opt/h2o/h2o.jar");
    assertThat(conf.settings())
        .containsOnly(
            entry("spark.ext.h2o.backend.cluster.mode", "external"),
            entry("spark.ext.h2o.base.port", "60000"),
            entry("spark.ext.h2o.cloud.name", "flights"),
            entry("spark.ext.h2o.cloud.timeout", "90000"),
            entry("spark.ext.h2o.nthreads", "3"),
            entry("spark.ext.h2o.log.level", "debug"),
            entry("spark.ext.h2o.log.dir", "/var/log/h2o"),
            entry("spark.ext.h2o.work.dir", "/tmp/sparkling"),
            entry("spark.ext.h2o.rest.api.timeout", "1500"),
            entry("spark.ext.h2o.external.cluster.size", "3"),
            entry("spark.ext.h2o.external.memory", "1g"),
            entry("spark.ext.h2o.external.h2o.driver", "/opt/h2o/h2o.jar"));
    assertThat(conf.setInternalClusterMode().backendClusterMode()).isEqualTo("internal");
  }

  @Test
  void settingsCannotBeChangedFromOutside() {
    H2OConf conf = new H2OConf().setNthreads(2);

    assertThatThrownBy(() -> conf.settings().put(H2OOptions.NTHREADS, "8")).isInstanceOf(UnsupportedOperationException.class);
    assertThat(conf.nthreads()).isEqualTo(2);
  }

  @Test
  void readsTheOptionsOfASparkConf() {
    SparkConf sparkConf =
        new SparkConf(false)
            .set("spark.ext.h2o.nthreads", "7")
            .set("spark.ext.h2o.cloud.name", "from-spark")
            .set("spark.ext.h2o.cloud.timeout", "120000")
            .set("spark.executor.memory", "2g");

    H2OConf conf = new H2OConf(sparkConf);

    assertThat(conf.nthreads()).isEqualTo(7);
    assertThat(conf.cloudName()).isEqualTo("from-spark");
    assertThat(conf.cloudTimeout()).isEqualTo(Duration.ofMinutes(2));
    assertThat(conf.basePort()).as("not in the SparkConf: the default").isEqualTo(54321);
    assertThat(conf.settings()).doesNotContainKey("spark.executor.memory").hasSize(3);
  }

  @Test
  void valuesSetOnTheConfWinOverTheSparkConf() {
    SparkConf sparkConf =
        new SparkConf(false).set("spark.ext.h2o.nthreads", "7").set("spark.ext.h2o.cloud.name", "from-spark");
    H2OConf conf = new H2OConf().setNthreads(3).setLogLevel("WARN");

    H2OConf merged = conf.over(sparkConf);

    assertThat(merged.nthreads()).isEqualTo(3);
    assertThat(merged.cloudName()).isEqualTo("from-spark");
    assertThat(merged.logLevel()).isEqualTo("WARN");
    assertThat(merged.basePort()).isEqualTo(54321);
    assertThat(conf.cloudName()).as("over(...) leaves the original alone").isEmpty();
    assertThat(conf.settings()).hasSize(2);
  }

  @Test
  void readsWholeNumbersWithSurroundingSpaces() {
    assertThat(new H2OConf().set(H2OOptions.NTHREADS, " 4 ").nthreads()).isEqualTo(4);
    assertThat(new H2OConf().set(H2OOptions.CLOUD_TIMEOUT, "5000\n").cloudTimeout()).isEqualTo(Duration.ofSeconds(5));
  }

  @ParameterizedTest(name = "{0}={1}")
  @CsvSource({
    "spark.ext.h2o.nthreads, four",
    "spark.ext.h2o.base.port, 54321.5",
    "spark.ext.h2o.cloud.timeout, 60s",
    "spark.ext.h2o.rest.api.timeout, ''",
    "spark.ext.h2o.external.cluster.size, two",
  })
  void aValueThatIsNotAWholeNumberNamesTheKey(String key, String value) {
    H2OConf conf = new H2OConf().set(key, value);

    assertThatThrownBy(() -> readNumber(conf, key))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(key)
        .hasMessageContaining("'" + value + "'");
  }

  @ParameterizedTest(name = "{0}={1}")
  @CsvSource({
    "spark.ext.h2o.nthreads, 4294967298",
    "spark.ext.h2o.base.port, 9999999999",
  })
  void aWholeNumberTooLargeForTheOptionNamesTheKey(String key, String value) {
    // 4294967298 = 2^32 + 2 must not silently become 2 threads.
    H2OConf conf = new H2OConf().set(key, value);

    Object read;
    try {
      read = readNumber(conf, key);
    } catch (IllegalArgumentException expected) {
      assertThat(expected).hasMessageContaining(key).hasMessageContaining(value);
      return;
    }
    fail("%s=%s was read as %s instead of failing with a message naming the key", key, value, read);
  }

  @Test
  void rejectsNullKeysAndValues() {
    assertThatThrownBy(() -> new H2OConf().set(null, "1")).isInstanceOf(NullPointerException.class).hasMessageContaining("key");
    assertThatThrownBy(() -> new H2OConf().set(H2OOptions.NTHREADS, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("value");
  }

  @Test
  void anUnknownKeyIsWarnedAboutWithTheClosestKnownKey() {
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put("spark.ext.h2o.nthread", "2");
    settings.put("spark.ext.h2o.cloud.nmae", "x");
    settings.put("spark.ext.h2o.rest.api.timout", "1000");
    settings.put("spark.ext.h2o.nthreads", "2");
    settings.put("spark.executor.memory", "2g");

    List<String> warnings = H2OConfKeys.warnings(settings);

    assertThat(warnings).hasSize(3);
    assertThat(warnings.get(0)).contains("spark.ext.h2o.nthread ").contains("did you mean spark.ext.h2o.nthreads?");
    assertThat(warnings.get(1)).contains("spark.ext.h2o.cloud.nmae").contains("did you mean spark.ext.h2o.cloud.name?");
    assertThat(warnings.get(2)).contains("spark.ext.h2o.rest.api.timout").contains("did you mean spark.ext.h2o.rest.api.timeout?");
  }

  @Test
  void knownKeysAndOtherPrefixesGetNoWarning() {
    Map<String, String> settings = new LinkedHashMap<>();
    for (H2OOptions.Option option : H2OOptions.ALL) {
      settings.put(option.key(), option.defaultValue());
    }
    settings.put("spark.executor.memory", "2g");
    settings.put("spark.ext.other.option", "1");

    assertThat(H2OConfKeys.warnings(settings)).isEmpty();
  }

  @Test
  void theClosestKnownKeyOfAKnownKeyIsItself() {
    for (H2OOptions.Option option : H2OOptions.ALL) {
      assertThat(H2OConfKeys.closestKnownKey(option.key())).isEqualTo(option.key());
    }
  }

  private static Object readNumber(H2OConf conf, String key) {
    switch (key) {
      case H2OOptions.NTHREADS:
        return conf.nthreads();
      case H2OOptions.BASE_PORT:
        return conf.basePort();
      case H2OOptions.CLOUD_TIMEOUT:
        return conf.cloudTimeout();
      case H2OOptions.REST_API_TIMEOUT:
        return conf.restApiTimeout();
      case H2OOptions.EXTERNAL_CLUSTER_SIZE:
        return conf.externalClusterSize();
      default:
        throw new IllegalArgumentException("Not a numeric option: " + key);
    }
  }

  private static Object defaultOf(String constantName) {
    try {
      return H2OOptions.class.getField(constantName + "_DEFAULT").get(null);
    } catch (NoSuchFieldException | IllegalAccessException e) {
      throw new AssertionError("H2OOptions." + constantName + " has no public " + constantName + "_DEFAULT twin", e);
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"0", "-2"})
  void anExternalClusterNeedsAtLeastOneNode(String size) {
    assertThatThrownBy(() -> new H2OConf().set(H2OOptions.EXTERNAL_CLUSTER_SIZE, size).externalClusterSize())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("spark.ext.h2o.external.cluster.size")
        .hasMessageContaining("'" + size + "'")
        .hasMessageContaining("at least one node");
  }

  @Test
  void transferModeIsAutoOrRestAndAnythingElseNamesTheKey() {
    assertThat(new H2OConf().transferMode()).isEqualTo("auto");
    assertThat(new H2OConf().setTransferMode("REST").transferMode()).isEqualTo("rest");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new H2OConf().setTransferMode("carrier pigeon").transferMode())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("spark.ext.h2o.transfer.mode")
        .hasMessageContaining("auto or rest");
  }

  @Test
  void setH2OClusterChoosesTheExternalBackendWithManualStart() {
    H2OConf conf = new H2OConf().setH2OCluster("10.0.0.5", 54321);

    assertThat(conf.backendClusterMode()).isEqualTo("external");
    assertThat(conf.externalStartMode()).isEqualTo("manual");
    assertThat(conf.cloudRepresentative()).isEqualTo("10.0.0.5:54321");
    assertThat(new H2OConf().setExternalClusterMode().useAutoClusterStart().externalStartMode()).isEqualTo("auto");
    assertThatThrownBy(() -> new H2OConf().set(H2OOptions.EXTERNAL_START_MODE, "sometimes").externalStartMode())
        .hasMessage("Invalid value 'sometimes' for spark.ext.h2o.external.start.mode: expected manual or auto");
  }

  @Test
  void heartbeatIntervalIsInMilliseconds() {
    assertThat(new H2OConf().heartbeatInterval()).isEqualTo(Duration.ofSeconds(10));
    assertThat(new H2OConf().setHeartbeatInterval(Duration.ofMillis(250)).heartbeatInterval())
        .isEqualTo(Duration.ofMillis(250));
  }
}
