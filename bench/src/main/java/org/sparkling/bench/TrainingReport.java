package org.sparkling.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sparkling.bench.TrainingResults.Scored;
import org.sparkling.bench.TrainingResults.Trained;

/**
 * Writes the training section of {@code bench/RESULTS.md}: how the run went, the training and scoring tables, our
 * overhead over H2O alone, and the targets, judged on these figures.
 */
final class TrainingReport {
  static final String SECTION = "training";
  private final TrainingRun run;
  private final Machine machine;
  private final TrainingResults results;
  private final StringBuilder text = new StringBuilder();

  TrainingReport(TrainingRun run, Machine machine, TrainingResults results) {
    this.run = run;
    this.machine = machine;
    this.results = results;
  }

  void write(Path file) throws IOException {
    ResultsSections.write(file, SECTION, render());
  }

  String render() {
    text.setLength(0);
    header();
    definitions();
    training();
    scoring();
    targets();
    return text.toString();
  }

  private void header() {
    RunSettings settings = run.settings();
    line("# Training benchmark: H2OGBM and H2OXGBoost vs Spark MLlib and XGBoost4J-Spark");
    line();
    line("Written by `bench/run --suite training` (`org.sparkling.bench.TrainingBenchmark`); run it again to refresh this "
        + "section. Every figure below comes from this one run, on the same data.");
    line();
    ReportHeader.lines(settings.started(), run.totalSeconds(), settings.command(), machine).forEach(this::line);
    line("- Spark " + settings.sparkVersion() + ", master `" + settings.master() + "` (" + settings.cores()
        + " cores for tasks; \"per core\" divides by " + settings.cores() + "); training and test rows cached in "
        + settings.partitions() + " partitions each; heap " + Units.bytes(settings.heapMax()) + " max; the "
        + "XGBoost4J-Spark JVM the same master with -Xmx" + run.peerMemory() + ".");
    line("- " + settings.h2oCluster() + " (the embedded default of `H2OContext.getOrCreate(spark)` with a local master).");
    line("- Other processes: " + settings.otherLoad() + ".");
    line("- Code: " + settings.code() + "; library jar " + settings.libraryJar() + ".");
    line();
    line("## Data");
    line();
    line(String.format(Locale.ROOT, "- %,d flights sampled from `flights-3m.parquet` (vega-datasets 3.2.1, the conversion "
        + "suite's data) with a seeded random order, features derived as the demo derives them: `distance`, `hour`, "
        + "`day_of_week`, `month` (numeric), `origin`, `destination` (airports, categorical for every contender); label "
        + "`late` = `delay > 15` (and `label`, the same as a double, for MLlib and the evaluator).", run.sampleRows()));
    line(String.format(Locale.ROOT, "- Split 80/20 with `randomSplit` and seed %d: %,d training rows, %,d test rows, "
        + "written once as Parquet (`%s`) and read by every contender, in every JVM.", run.trees().seed(),
        run.trainRows(), run.testRows(), run.split()));
    line("- Every contender builds " + run.trees().describe() + ".");
    line();
  }

  private void definitions() {
    Map<String, String> definitions = new LinkedHashMap<>();
    results.trained().forEach(contender -> definitions.put(contender.name(), contender.definition()));
    ReportHeader.definitions(definitions).forEach(this::line);
    line();
    line("Wall time: from the cached training rows to the trained model, " + run.trainingRounds() + " measured fit(s) "
        + "per contender (the median is shown); before them, "
        + (run.warmUpRows() > 0
            ? String.format(Locale.ROOT, "one unmeasured fit of each contender on the first %,d training rows, ",
                run.warmUpRows())
            : "no warm-up fit, ")
        + "so that code loading and compiling is not timed. A full GC precedes every measured fit. Test AUC: Spark's "
        + "`BinaryClassificationEvaluator` (areaUnderROC) on the probability of the positive class (`late`), the same "
        + "for every contender.");
    line();
  }

  private void training() {
    line("## Training");
    line();
    line("| contender | wall time | test AUC | speed-up vs MLlib | other processes' CPU |");
    line("| --- | ---: | ---: | ---: | ---: |");
    for (Trained contender : results.trained()) {
      line("| " + contender.name() + " | " + Units.seconds(contender.seconds()) + " | "
          + String.format(Locale.ROOT, "%.4f", contender.auc()) + " | "
          + results.speedUpOverMllib(contender).map(Units::ratio).orElse("-") + " | "
          + Units.percent(contender.otherCpu())
          + (contender.discardedRuns() == 0 ? "" : " (" + contender.discardedRuns() + " disturbed run(s) discarded)")
          + " |");
    }
    line();
    results.overhead().ifPresent(overhead -> line(String.format(Locale.ROOT, "Overhead of our pipeline API (conversion "
        + "of the cached rows to H2O, training over REST, the MOJO's download, clean-up) over the same GBM trained on a "
        + "frame already in H2O: H2OGBM / %s - 1 = **%+.1f %%**.", TrainingResults.H2O_ALONE, 100 * overhead)));
    line();
  }

  private void scoring() {
    line("## Scoring");
    line();
    line("| model | definition | rows | median | rows/s per core | vs MLlib |");
    line("| --- | --- | ---: | ---: | ---: | ---: |");
    double mllib = results.scored(TrainingScoring.MLLIB_MODEL).map(Scored::rowsPerSecondPerCore).orElse(Double.NaN);
    for (Scored model : results.scored()) {
      line("| " + model.name() + " | " + model.definition() + " | " + Units.count(model.rows()) + " | "
          + Units.seconds(model.medianSeconds()) + " | " + Units.count(model.rowsPerSecondPerCore()) + " | "
          + (Double.isNaN(mllib) ? "-" : Units.ratio(model.rowsPerSecondPerCore() / mllib)) + " |");
    }
    line();
    line("Scoring rounds: " + run.settings().warmUpRounds() + " warm-up + " + run.settings().rounds() + " measured per "
        + "model, each round scoring every model once in turn; rows/s per core = rows / median seconds / "
        + run.settings().cores() + " cores.");
    line();
  }

  private void targets() {
    line("## Targets of the training issue");
    line();
    line("| target | measured | required | |");
    line("| --- | --- | --- | --- |");
    List<TrainingTarget> targets = TrainingTarget.of(results);
    for (TrainingTarget target : targets) {
      line("| " + target.goal() + " | " + target.measured() + " | " + target.required() + " | " + target.outcome() + " |");
    }
    line();
  }

  private void line(String line) {
    text.append(line).append('\n');
  }

  private void line() {
    text.append('\n');
  }
}
