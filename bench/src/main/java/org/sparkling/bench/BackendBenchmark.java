package org.sparkling.bench;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sparkling.bench.TrialRequest.Mode;
import org.sparkling.cluster.StandaloneCluster;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The backends side by side: how long each takes to start in a fresh driver JVM (embedded, internal on a standalone
 * cluster of 2 executors, external started automatically, external connected by hand), and how fast each converts the
 * same cached data to H2O and back, with the driver's heap at two sizes. Every trial is a JVM of its own
 * ({@link BackendTrial}), since H2O cannot start twice in one JVM. Writes the backends section of {@code bench/RESULTS.md}.
 * Run it with {@code bench/run --suite backends}.
 */
@Command(
    name = "bench/run --suite backends",
    mixinStandardHelpOptions = true,
    description = "Measures the start of each backend and its conversion throughput; writes the backends section of "
        + "RESULTS.md.")
public final class BackendBenchmark implements Callable<Integer> {
  private static final Path HOME = Path.of(System.getenv().getOrDefault("SPARKLING_HOME", "."));

  @Option(names = "--output", description = "the report whose backends section is written (default: ${DEFAULT-VALUE})")
  Path output = HOME.resolve("bench/RESULTS.md");

  @Option(names = "--work-dir", description = "trial folders and cluster files; emptied first (default: ${DEFAULT-VALUE})")
  Path workDir = HOME.resolve("bench/target/work-backends");

  @Option(names = "--starts", split = ",", description = "backends whose start is measured, of embedded, internal, "
      + "external-auto, external-manual; empty for none (default: ${DEFAULT-VALUE})")
  List<String> starts = List.of("embedded", "internal", "external-auto", "external-manual");

  @Option(names = "--conversions", split = ",", description = "backends whose conversion is measured; empty for "
      + "none (default: ${DEFAULT-VALUE})")
  List<String> conversions = List.of("embedded", "internal", "external-auto");

  @Option(names = "--rounds", description = "measured start rounds per backend, each a fresh JVM (default: "
      + "${DEFAULT-VALUE})")
  int rounds = 5;

  @Option(names = "--conversion-rounds", description = "measured conversion rounds per backend and size (default: "
      + "${DEFAULT-VALUE})")
  int conversionRounds = 5;

  @Option(names = "--warm-up-rounds", description = "unmeasured rounds first, of starts and of conversions (default: "
      + "${DEFAULT-VALUE})")
  int warmUpRounds = 1;

  @Option(names = "--rows", split = ",", description = "sizes of the converted data set (default: ${DEFAULT-VALUE})")
  List<Long> rows = List.of(1_000_000L, 4_000_000L);

  @Option(names = "--seed", description = "seed of the random columns (default: ${DEFAULT-VALUE})")
  long seed = 42;

  @Option(names = "--driver-memory", description = "heap of each trial's driver JVM (default: ${DEFAULT-VALUE})")
  String driverMemory = "3g";

  @Option(names = "--executor-memory", description = "heap of each Spark executor on the cluster (default: "
      + "${DEFAULT-VALUE})")
  String executorMemory = "2g";

  @Option(names = "--external-memory", description = "heap of each external H2O node (default: ${DEFAULT-VALUE})")
  String externalMemory = "1g";

  @Option(names = "--trial-timeout", description = "minutes one trial JVM may take (default: ${DEFAULT-VALUE})")
  long trialTimeoutMinutes = 30;

  @Mixin QuietOptions quiet = new QuietOptions();

  private final PrintStream out = System.out;

  public static void main(String[] args) {
    System.exit(new CommandLine(new BackendBenchmark()).execute(args));
  }

  @Override
  public Integer call() throws Exception {
    Instant started = Instant.now();
    long startedNanos = System.nanoTime();
    List<BackendSetup> startSetups = setups(starts);
    List<BackendSetup> conversionSetups = setups(conversions);
    Folders.delete(workDir);
    Files.createDirectories(workDir);
    double loadAtStart = OtherLoad.loadAverageBeforeStart(out);
    boolean sparkCluster = startSetups.stream().anyMatch(setup -> setup.sparkOnCluster(Mode.START))
        || conversionSetups.stream().anyMatch(setup -> setup.sparkOnCluster(Mode.CONVERSION));
    boolean h2oCluster =
        startSetups.stream().anyMatch(BackendSetup::needsRunningH2OCluster)
            || conversionSetups.stream().anyMatch(BackendSetup::needsRunningH2OCluster);
    String libraryJar = LibraryJar.describe();
    try (OtherLoad otherLoad = OtherLoad.watch();
        BenchClusters clusters = BenchClusters.start(workDir, sparkCluster, executorMemory, h2oCluster, externalMemory)) {
      TrialJvm jvm = new TrialJvm(workDir.resolve("trials"), driverOptions(), Duration.ofMinutes(trialTimeoutMinutes));
      List<StartRound> startRounds = new ArrayList<>();
      for (BackendSetup setup : startSetups) {
        startRounds.add(new StartRound(setup, request(clusters, setup, Mode.START), jvm, clusters));
      }
      Map<Contender, ContenderResult> startResults = startRounds.isEmpty()
          ? Map.of()
          : new RoundRunner(warmUpRounds, rounds, quiet.policy(), out).run("start", List.copyOf(startRounds));
      Map<BackendSetup, ConversionTimes> conversionResults = new LinkedHashMap<>();
      for (BackendSetup setup : conversionSetups) {
        out.printf("[%s] conversion trial: %s rows, %d+%d rounds each%n", setup.id(), rows, warmUpRounds, conversionRounds);
        conversionResults.put(setup,
            jvm.run(setup.id() + "-conversion", request(clusters, setup, Mode.CONVERSION), ConversionTimes.class));
        clusters.awaitIdle();
      }
      double totalSeconds = (System.nanoTime() - startedNanos) / 1e9;
      BackendRun run = new BackendRun(
          System.getProperty("bench.command", "java " + BackendBenchmark.class.getName()),
          System.getProperty("bench.code", "unknown"), libraryJar, started.truncatedTo(ChronoUnit.SECONDS).toString(),
          totalSeconds, otherLoad(loadAtStart, otherLoad), driverMemory, executorMemory, externalMemory, warmUpRounds,
          rounds, conversionRounds);
      new BackendReport(run, Machine.current(), startRounds, startResults, conversionResults).write(output);
      out.printf("Wrote the backends section of %s (%.0f s in all)%n", output, totalSeconds);
      return 0;
    }
  }

  /** The backends named on the command line; none for an empty value ({@code --conversions=}). */
  private static List<BackendSetup> setups(List<String> ids) {
    return ids.stream().filter(id -> !id.isBlank()).map(BackendSetup::of).toList();
  }

  private TrialRequest request(BenchClusters clusters, BackendSetup setup, Mode mode) {
    boolean onCluster = setup.sparkOnCluster(mode);
    return new TrialRequest(setup, mode, clusters.master(onCluster), clusters.sparkSettings(onCluster),
        onCluster ? BenchClusters.EXECUTORS : 0, externalMemory,
        setup.needsRunningH2OCluster() ? clusters.h2oCluster() : "", rows, seed, warmUpRounds, conversionRounds,
        quiet.policy());
  }

  /** The driver's heap, and the module flags Spark and H2O need on Java 17 (as the cluster's JVMs get them). */
  private List<String> driverOptions() {
    List<String> options = new ArrayList<>();
    options.add("-Xmx" + driverMemory);
    options.addAll(StandaloneCluster.jvmFlags());
    return options;
  }

  private String otherLoad(double loadAtStart, OtherLoad otherLoad) {
    return String.format(Locale.ROOT, "load average %.2f at the start; CPU used by processes other than the benchmark's "
        + "own (this JVM, the trial JVMs, the Spark master, workers and executors, the H2O nodes) during the run: %s; %s",
        loadAtStart, otherLoad.describe(), quiet.policy().describe());
  }
}
