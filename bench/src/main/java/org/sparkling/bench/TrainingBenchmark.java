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
import org.apache.spark.ml.Transformer;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.sparkling.H2OContext;
import org.sparkling.bench.TrainingResults.Trained;
import org.sparkling.bench.peers.BenchSpark;
import org.sparkling.bench.peers.Evaluation;
import org.sparkling.bench.peers.FlightFeatures;
import org.sparkling.bench.peers.MllibGbt;
import org.sparkling.bench.peers.PeerRequest;
import org.sparkling.bench.peers.PeerResult;
import org.sparkling.bench.peers.TrainingSplit;
import org.sparkling.bench.peers.TreeSettings;
import org.sparkling.bench.peers.XGBoostSparkTrial;
import org.sparkling.client.Cloud;
import org.sparkling.cluster.StandaloneCluster;
import org.sparkling.ml.H2OGBM;
import org.sparkling.ml.H2OSupervisedEstimator;
import org.sparkling.ml.H2OXGBoost;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * H2O's GBM and XGBoost through our Spark ML API (conversion included) against Spark MLlib's GBT and XGBoost4J-Spark (in
 * a JVM of its own), and against the same GBM trained on a frame already in H2O: the same split of real flights, the same
 * forest; wall time and test AUC; then each model's scoring speed. Writes the training section of {@code bench/RESULTS.md}.
 * Run it with {@code bench/run --suite training}.
 */
@Command(
    name = "bench/run --suite training",
    mixinStandardHelpOptions = true,
    description = "Trains the same forest with H2OGBM, H2OXGBoost, H2O alone, Spark MLlib and XGBoost4J-Spark on the same "
        + "flights split, then scores with each model; writes the training section of RESULTS.md.")
public final class TrainingBenchmark implements Callable<Integer> {
  /** The system property bench/run sets to bench-peers' jar and runtime classpath, for the XGBoost4J-Spark JVM. */
  static final String PEERS_CLASSPATH = "bench.peers.classpath";
  private static final Path HOME = Path.of(System.getenv().getOrDefault("SPARKLING_HOME", "."));

  @Option(names = "--flights", description = "flights-3m.parquet of vega-datasets 3.2.1 (default: ${DEFAULT-VALUE})")
  Path flights = HOME.resolve("bench/data/flights-3m.parquet");

  @Option(names = "--output", description = "the report whose training section is written (default: ${DEFAULT-VALUE})")
  Path output = HOME.resolve("bench/RESULTS.md");

  @Option(names = "--work-dir", description = "the split, trial folders and Spark's scratch space; a split already "
      + "written there is reused (default: ${DEFAULT-VALUE})")
  Path workDir = HOME.resolve("bench/target/work-training");

  @Option(names = "--rows", description = "flights sampled, then split 80/20 (default: ${DEFAULT-VALUE})")
  long rows = 1_000_000;

  @Option(names = "--seed", description = "seed of the sample, the split and every contender (default: ${DEFAULT-VALUE})")
  long seed = 42;

  @Option(names = "--trees", description = "trees of every contender (default: ${DEFAULT-VALUE})")
  int trees = 50;

  @Option(names = "--max-depth", description = "depth of every tree (default: ${DEFAULT-VALUE})")
  int maxDepth = 6;

  @Option(names = "--learn-rate", description = "learning rate of every contender (default: ${DEFAULT-VALUE})")
  double learnRate = 0.1;

  @Option(names = "--master", description = "Spark master, of this JVM and XGBoost4J-Spark's (default: ${DEFAULT-VALUE})")
  String master = "local[2]";

  @Option(names = "--partitions", description = "partitions of the cached training and test rows (default: 4 per core)")
  int partitions;

  @Option(names = "--warm-up-rows", description = "rows of each contender's unmeasured warm-up fit; 0 for none "
      + "(default: ${DEFAULT-VALUE})")
  long warmUpRows = 20_000;

  @Option(names = "--rounds", description = "measured fits per contender (default: ${DEFAULT-VALUE})")
  int rounds = 3;

  @Option(names = "--scoring-warm-up-rounds", description = "unmeasured scoring rounds first (default: ${DEFAULT-VALUE})")
  int scoringWarmUpRounds = 1;

  @Option(names = "--scoring-rounds", description = "measured scoring rounds per model (default: ${DEFAULT-VALUE})")
  int scoringRounds = 3;

  @Option(names = "--peer-memory", description = "heap of the XGBoost4J-Spark JVM (default: ${DEFAULT-VALUE})")
  String peerMemory = "8g";

  @Option(names = "--trial-timeout", description = "minutes the XGBoost4J-Spark JVM may take (default: ${DEFAULT-VALUE})")
  long trialTimeoutMinutes = 60;

  @Mixin QuietOptions quiet = new QuietOptions();

  private final PrintStream out = System.out;

  public static void main(String[] args) {
    System.exit(new CommandLine(new TrainingBenchmark()).execute(args));
  }

  @Override
  public Integer call() throws Exception {
    Instant started = Instant.now();
    long startedNanos = System.nanoTime();
    String peersClasspath = System.getProperty(PEERS_CLASSPATH);
    if (peersClasspath == null || peersClasspath.isBlank()) {
      throw new CommandLine.ParameterException(new CommandLine(this), "The system property " + PEERS_CLASSPATH
          + " (bench-peers' classpath, for the XGBoost4J-Spark JVM) is not set; run the suite with bench/run --suite training");
    }
    String libraryJar = LibraryJar.describe();
    TreeSettings settings = new TreeSettings(trees, maxDepth, learnRate, seed);
    Files.createDirectories(workDir);
    double loadAtStart = OtherLoad.loadAverageBeforeStart(out);
    SparkSession spark = BenchSpark.start(master, workDir);
    try (OtherLoad otherLoad = OtherLoad.watch()) {
      int cores = spark.sparkContext().defaultParallelism();
      int partitionCount = partitions > 0 ? partitions : 4 * cores;
      H2OContext hc = H2OContext.getOrCreate(spark);
      Cloud cloud = hc.cloud();
      out.printf("Spark %s %s (%d cores), H2O %s; writing or reusing the split of %,d flights under %s%n",
          spark.version(), master, cores, cloud.version(), rows, workDir);
      TrainingSplit split = TrainingSplit.create(spark, flights, rows, seed, workDir);
      Dataset<Row> train = split.readTrain(spark, partitionCount);
      Dataset<Row> test = split.readTest(spark, partitionCount);
      long trainRows = train.count();
      long testRows = test.count();
      Dataset<Row> warmUp = warmUpRows > 0 ? TrainingSplit.head(train, warmUpRows) : null;
      out.printf("%,d training rows, %,d test rows; every contender builds %s%n", trainRows, testRows,
          settings.describe());

      H2OGBM gbm = gbm(settings);
      FitContender gbmApi = new FitContender(TrainingResults.H2O_GBM, apiDefinition("H2OGBM", ""), gbm::fit,
          train, warmUp);
      FitContender xgboostApi = new FitContender(TrainingResults.H2O_XGBOOST,
          apiDefinition("H2OXGBoost", ".setTreeMethod(\"hist\")"), xgboost(settings)::fit, train, warmUp);
      H2OAloneTraining alone = new H2OAloneTraining(hc, gbm, train, workDir.resolve("mojos"));
      FitContender mllib = new FitContender(TrainingResults.MLLIB, MllibGbt.describe(settings),
          MllibGbt.pipeline(settings)::fit, train, warmUp);
      XGBoostSparkRun peer = new XGBoostSparkRun(peerJvm(peersClasspath),
          new PeerRequest(master, split.train().toString(), split.test().toString(), partitionCount, settings, warmUpRows,
              scoringWarmUpRounds, scoringRounds));
      List<Contender> contenders = List.of(gbmApi, xgboostApi, alone, mllib, peer);
      Map<Contender, ContenderResult> fits =
          new RoundRunner(0, rounds, quiet.policy(), out).run("training", contenders);
      if (warmUp != null) {
        warmUp.unpersist();
      }

      Map<String, Transformer> models = new LinkedHashMap<>();
      models.put(TrainingResults.H2O_GBM, gbmApi.model());
      models.put(TrainingResults.H2O_XGBOOST, xgboostApi.model());
      models.put(TrainingResults.H2O_ALONE, alone.model());
      models.put(TrainingResults.MLLIB, mllib.model());
      List<Trained> trained = new ArrayList<>();
      for (Map.Entry<Contender, ContenderResult> fit : fits.entrySet()) {
        trained.add(trained(fit.getKey(), fit.getValue(), models, test, peer));
        out.printf("[training] %-22s %9.3f s  test AUC %.4f%n", fit.getKey().name(), trained.get(trained.size() - 1)
            .seconds(), trained.get(trained.size() - 1).auc());
      }
      models.remove(TrainingResults.H2O_ALONE);
      RoundRunner scoringRunner = new RoundRunner(scoringWarmUpRounds, scoringRounds, quiet.policy(), out);
      TrainingResults results = new TrainingResults(trained,
          new TrainingScoring(scoringRunner, cores, out).run(models, train.union(test), trainRows + testRows,
              peer.last()));

      double totalSeconds = (System.nanoTime() - startedNanos) / 1e9;
      RunSettings run = new RunSettings(
          System.getProperty("bench.command", "java " + TrainingBenchmark.class.getName()),
          System.getProperty("bench.code", "unknown"), libraryJar, started.truncatedTo(ChronoUnit.SECONDS).toString(),
          master, cores, partitionCount, scoringWarmUpRounds, scoringRounds, Heap.max(), spark.version(),
          String.format(Locale.ROOT, "H2O %s, %d node in this JVM, %d threads", cloud.version(), cloud.cloudSize(),
              cloud.nodes().get(0).nthreads()),
          String.format(Locale.ROOT, "load average %.2f at the start; CPU used by processes other than the benchmark's "
              + "own (this JVM and the XGBoost4J-Spark JVM) during the run: %s; %s", loadAtStart, otherLoad.describe(),
              quiet.policy().describe()));
      TrainingReport report = new TrainingReport(new TrainingRun(run, totalSeconds, rows, trainRows, testRows,
          HOME.toAbsolutePath().normalize().relativize(split.train().getParent().toAbsolutePath().normalize()).toString(),
          settings, warmUpRows, rounds, peerMemory), Machine.current(), results);
      report.write(output);
      TrainingTarget.of(results).forEach(target ->
          out.printf("Target: %s: %s (%s)%n", target.goal(), target.outcome().replace("*", ""), target.measured()));
      out.printf("Wrote the training section of %s (%.0f s in all)%n", output, totalSeconds);
      hc.stop();
      return 0;
    } finally {
      spark.stop();
    }
  }

  private Trained trained(
      Contender contender, ContenderResult result, Map<String, Transformer> models, Dataset<Row> test,
      XGBoostSparkRun peer) {
    if (contender == peer) {
      PeerResult last = peer.last();
      return new Trained(contender.name(), peer.definition(), result.parts().get(XGBoostSparkRun.FIT).median(),
          last.auc(), result.otherCpu().get(result.otherCpu().size() - 1), result.discardedRuns());
    }
    double auc = Evaluation.auc(models.get(contender.name()), test);
    return new Trained(contender.name(), contender.definition(), result.total().median(), auc,
        result.otherCpu().get(result.otherCpu().size() - 1), result.discardedRuns());
  }

  private static H2OGBM gbm(TreeSettings settings) {
    return configured(new H2OGBM(), settings)
        .setNtrees(settings.trees())
        .setMaxDepth(settings.maxDepth())
        .setLearnRate(settings.learnRate());
  }

  /** The tree method of XGBoost4J-Spark's contender too; H2O's default (auto) picks exact on small data. */
  private static H2OXGBoost xgboost(TreeSettings settings) {
    return configured(new H2OXGBoost(), settings)
        .setNtrees(settings.trees())
        .setMaxDepth(settings.maxDepth())
        .setLearnRate(settings.learnRate())
        .setTreeMethod("hist");
  }

  /** What both H2O estimators share: label, features, seed, and airports seen only in the test rows scored as missing. */
  private static <S extends H2OSupervisedEstimator<S>> S configured(S estimator, TreeSettings settings) {
    return estimator
        .setLabelCol(FlightFeatures.LATE)
        .setFeaturesCols(FlightFeatures.features())
        .setConvertUnknownCategoricalLevelsToNa(true)
        .setSeed(settings.seed());
  }

  private String apiDefinition(String estimator, String extra) {
    return String.format(Locale.ROOT, "`new %s().setLabelCol(\"late\").setFeaturesCols(...).setNtrees(%d).setMaxDepth(%d)"
        + ".setLearnRate(%s)%s.setSeed(%d).fit(train)`: the label and feature columns converted to an H2O frame in this "
        + "JVM (airports as categoricals), trained over REST, the MOJO downloaded, the frame and model removed",
        estimator, trees, maxDepth, learnRate, extra, seed);
  }

  /** The XGBoost4J-Spark JVM: bench-peers' classpath (no H2O), the module flags Spark needs on Java 17. */
  private TrialJvm peerJvm(String classpath) {
    List<String> options = new ArrayList<>();
    options.add("-Xmx" + peerMemory);
    options.addAll(StandaloneCluster.jvmFlags());
    return new TrialJvm(workDir.resolve("trials"), options, Duration.ofMinutes(trialTimeoutMinutes), classpath,
        XGBoostSparkTrial.class.getName());
  }
}
