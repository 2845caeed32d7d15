package org.sparkling.bench.peers;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * XGBoost4J-Spark's contender of the training suite, in a JVM without H2O that the harness starts: reads a
 * {@link PeerRequest}, reads the same split as every other contender, fits (a warm-up fit on a few rows first), computes
 * the test AUC the same way, times scoring the training and test rows, and writes a {@link PeerResult}.
 *
 * <pre>{@code java ... org.sparkling.bench.peers.XGBoostSparkTrial request.json result.json}</pre>
 */
public final class XGBoostSparkTrial {
  private XGBoostSparkTrial() {}

  public static void main(String[] args) {
    int status = 1;
    try {
      Path requestFile = Path.of(args[0]).toAbsolutePath();
      PeerRequest request = TrialFiles.read(requestFile, PeerRequest.class);
      TrialFiles.write(Path.of(args[1]), run(request, requestFile.getParent()));
      status = 0;
    } catch (Throwable e) {
      e.printStackTrace();
    }
    System.exit(status);
  }

  static PeerResult run(PeerRequest request, Path workDir) {
    SparkSession spark = BenchSpark.start(request.master(), workDir);
    try {
      TrainingSplit split = new TrainingSplit(Path.of(request.train()), Path.of(request.test()));
      Dataset<Row> train = split.readTrain(spark, request.partitions());
      Dataset<Row> test = split.readTest(spark, request.partitions());
      int workers = spark.sparkContext().defaultParallelism();
      if (request.warmUpRows() > 0) {
        Dataset<Row> warmUp = TrainingSplit.head(train, request.warmUpRows());
        XGBoostSpark.pipeline(request.settings(), workers).fit(warmUp);
        warmUp.unpersist();
        say("warm-up fit on %,d rows done", request.warmUpRows());
      }
      long started = System.nanoTime();
      PipelineModel model = XGBoostSpark.pipeline(request.settings(), workers).fit(train);
      double fitSeconds = (System.nanoTime() - started) / 1e9;
      say("fit in %.3f s", fitSeconds);
      double auc = Evaluation.auc(model, test);
      Dataset<Row> all = train.union(test);
      for (int round = 0; round < request.scoringWarmUpRounds(); round++) {
        Evaluation.scoringSeconds(model, all);
      }
      List<Double> scoring = new ArrayList<>();
      for (int round = 0; round < request.scoringRounds(); round++) {
        scoring.add(Evaluation.scoringSeconds(model, all));
        say("scoring round %d/%d: %.3f s", round + 1, request.scoringRounds(), scoring.get(round));
      }
      return new PeerResult(spark.version(), "XGBoost4J-Spark " + XGBoostSpark.version(),
          XGBoostSpark.describe(request.settings(), workers), train.count(), fitSeconds, auc, train.count() + test.count(),
          scoring);
    } finally {
      spark.stop();
    }
  }

  private static void say(String format, Object... values) {
    System.out.printf("[XGBoost4J-Spark] " + format + "%n", values);
  }
}
