package org.sparkling.backend;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sparkling.H2OOptions;
import org.sparkling.backend.external.NodeJvms;
import org.sparkling.cluster.StandaloneCluster;

/**
 * The embedded backend (local[2], one H2O node in the driver's JVM) asked for a secured node with
 * {@code spark.ext.h2o.auto.secured=true}: it runs in {@link SecuredEmbeddedApplication}, a JVM of its own, because H2O
 * starts once per JVM and this test JVM's node is open. Conversions go over HTTPS with the generated login, requests
 * without it get 401, and the generated passwords show in none of the application's output, its node's log and files.
 */
class SecuredEmbeddedBackendTest {
  private static final Path WORK = Path.of("target", "secured-embedded-test").toAbsolutePath();
  private static final Map<String, String> RESULTS = new LinkedHashMap<>();
  private static String output;
  private static List<String> secrets;

  @BeforeAll
  static void runTheApplication() throws Exception {
    if (Files.exists(WORK)) { // files of an earlier run would be scanned as this run's
      try (Stream<Path> old = Files.walk(WORK)) {
        old.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
      }
    }
    Path secretsFile = Files.createDirectories(WORK.resolve("test")).resolve("generated-secrets");
    Path outputFile = WORK.resolve("test").resolve("application.out");
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx1500m"));
    command.addAll(StandaloneCluster.jvmFlags());
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), SecuredEmbeddedApplication.class.getName(),
        WORK.resolve("application").toString(),
        Integer.toString(Integer.getInteger(H2OOptions.BASE_PORT, NodeJvms.basePort())), secretsFile.toString()));
    Process application =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(outputFile.toFile()).start();
    try {
      assertThat(application.waitFor(5, TimeUnit.MINUTES)).as("the application ended").isTrue();
    } finally {
      application.destroyForcibly();
    }
    output = Files.readString(outputFile);
    assertThat(application.exitValue()).as(output).isZero();
    output.lines().filter(line -> line.startsWith("RESULT "))
        .forEach(line -> RESULTS.put(line.substring(7, line.indexOf('=')), line.substring(line.indexOf('=') + 1)));
    secrets = Files.readAllLines(secretsFile);
  }

  @Test
  void convertsBothWaysOverHttpsWithTheGeneratedLogin() {
    assertThat(RESULTS).containsEntry("scheme", "https").containsEntry("user", "sparkling")
        .containsEntry("roundTrip", "equal");
    assertThat(Long.parseLong(RESULTS.get("chunksOverRest"))).as("every partition over HTTPS").isEqualTo(4);
    assertThat(RESULTS).containsEntry("laterContext", "https equal");
  }

  @Test
  void theNodeRefusesRequestsWithoutTheLoginAndClientsThatDoNotTrustItsCertificate() {
    assertThat(RESULTS).containsEntry("cloudWithoutLogin", "401").containsEntry("trafficWithoutLogin", "401")
        .containsEntry("untrustedClient", "handshake refused");
  }

  @Test
  void theGeneratedPasswordsShowNowhere() throws IOException {
    assertThat(secrets).hasSize(2).allSatisfy(secret -> assertThat(secret).hasSizeGreaterThan(20));
    assertThat(output).contains("Spark conf: ").contains("H2OConf: ").contains("Context: ")
        .contains("login and HTTPS");
    List<Path> files;
    try (Stream<Path> walk = Files.walk(WORK.resolve("application"))) {
      files = walk.filter(Files::isRegularFile).toList();
    }
    assertThat(files).anySatisfy(file -> assertThat(file).content().contains("Processed H2O arguments")
        .contains("-hash_login").contains("-jks").doesNotContain("-jks_pass"));
    Path security = WORK.resolve("application").resolve("security");
    assertThat(Files.getPosixFilePermissions(security)).isEqualTo(PosixFilePermissions.fromString("rwx------"));
    assertThat(security.resolve("realm.properties")).content().startsWith("sparkling: MD5:");
    for (String secret : secrets) {
      assertThat(output).doesNotContain(secret);
      for (Path file : files) {
        assertThat(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)).as(file.toString())
            .doesNotContain(secret);
      }
    }
  }
}
