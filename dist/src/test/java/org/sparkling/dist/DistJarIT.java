package org.sparkling.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs a job in a fresh JVM whose classpath is Spark plus the dist jar and nothing of ours besides: proof that the one jar
 * a user passes to {@code spark-submit --jars} carries Sparkling Water and the H2O runtime.
 */
class DistJarIT {
  @Test
  void aSparkJobRunsWithOnlyTheDistJarAdded(@TempDir Path work) throws Exception {
    Path distJar = Path.of(System.getProperty("sparkling.dist.jar"));
    assertThat(distJar).isRegularFile();
    String sparkOnly =
        Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
            .filter(entry -> !entry.contains("/org/sparkling/") && !entry.contains("/ai/h2o/"))
            .filter(entry -> !entry.endsWith("/classes") || entry.endsWith("/test-classes"))
            .collect(Collectors.joining(File.pathSeparator));
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx2g");
    command.addAll(Arrays.asList(System.getProperty("sparkling.jvm.flags").trim().split("\\s+")));
    command.add("-cp");
    command.add(distJar + File.pathSeparator + sparkOnly);
    command.add(DistSmoke.class.getName());
    command.add(work.toString());
    Path output = work.resolve("smoke.out");
    Process job = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
    try {
      assertThat(job.waitFor(5, TimeUnit.MINUTES)).as("the smoke job ended").isTrue();
    } finally {
      job.destroyForcibly();
    }
    String printed = Files.readString(output);
    assertThat(job.exitValue()).as(printed).isZero();
    assertThat(printed)
        .contains("h2o 3.44.0.1")
        .contains("rows to h2o 400")
        .contains("rows back 400")
        .contains("scored 400");
  }
}
