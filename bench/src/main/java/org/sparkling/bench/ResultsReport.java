package org.sparkling.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes the conversion section of {@code bench/RESULTS.md}: how the run went, a table per data set, and the issue's
 * targets, met or not.
 */
final class ResultsReport {
  static final String SECTION = "conversion";
  private final RunSettings settings;
  private final Machine machine;
  private final List<DataSetResult> results;
  private final double totalSeconds;
  private final StringBuilder text = new StringBuilder();

  ResultsReport(RunSettings settings, Machine machine, List<DataSetResult> results, double totalSeconds) {
    this.settings = settings;
    this.machine = machine;
    this.results = results;
    this.totalSeconds = totalSeconds;
  }

  void write(Path file) throws IOException {
    header();
    definitions();
    for (DataSetResult result : results) {
      dataSet(result);
    }
    summary();
    ResultsSections.write(file, SECTION, text.toString());
  }

  private void header() {
    line("# Conversion benchmark: Spark <-> H2O");
    line();
    line("Written by `bench/run` (`org.sparkling.bench.ConversionBenchmark`); run it again to refresh this section. Every "
        + "figure below comes from this one run, all contenders measured side by side on the same cached data.");
    line();
    ReportHeader.lines(settings.started(), totalSeconds, settings.command(), machine).forEach(this::line);
    line("- Spark " + settings.sparkVersion() + ", master `" + settings.master() + "` (" + settings.cores()
        + " cores for tasks; \"per core\" divides by " + settings.cores() + "); every DataFrame cached in "
        + settings.partitions() + " partitions; session time zone UTC.");
    line("- " + settings.h2oCluster() + " (the embedded default of `H2OContext.getOrCreate(spark)` with a local "
        + "master). JVM heap: " + Units.bytes(settings.heapMax()) + " max.");
    line("- Other processes: " + settings.otherLoad() + ".");
    line("- Code: " + settings.code() + "; library jar " + settings.libraryJar() + ".");
    line("- Rounds: " + settings.warmUpRounds() + " warm-up + " + settings.rounds() + " measured per contender. Each "
        + "round runs every contender once in turn; a full GC (`System.gc()`) precedes every run, outside the timing. "
        + "Tables give the median and the minimum of the measured rounds; targets are judged on the ratio of "
        + "medians, and the ratio of minimums (the fastest rounds) is given beside it as a check against noise.");
    line();
    line("## Data");
    line();
    line("- **flights-3m**: `data/flights-3m.parquet` of the npm package `vega-datasets@3.2.1` (Vega project, "
        + "BSD-3-Clause; <https://github.com/vega/vega-datasets>), downloaded by `bench/run` with `npm pack` into "
        + "`bench/data/`; 3,000,000 rows (checked), columns `date` (timestamp_ntz), `delay` (long), `distance` (long), "
        + "`origin`, `destination` (string). The flight records come from the U.S. Bureau of Transportation "
        + "Statistics (airline on-time performance data, public domain in the United States).");
    line("- **random**: uniform random doubles generated in Spark with `rand(seed)` per column (seeded, so the same in "
        + "every run).");
    line();
    line("Both are cached (`cache()`, then `count()` and one full read) before any contender runs, so every contender "
        + "reads the same rows from Spark's in-memory columnar cache.");
    line();
  }

  private void definitions() {
    Map<String, String> definitions = new LinkedHashMap<>();
    results.get(0).contenders().forEach(contender -> definitions.put(contender.name(), contender.definition()));
    ReportHeader.definitions(definitions).forEach(this::line);
    line();
    line("Cells per second per core = rows x columns / median seconds / " + settings.cores() + " cores.");
    line();
  }

  private void dataSet(DataSetResult result) {
    line(String.format(Locale.ROOT, "## %s: %,d rows x %d columns = %,d cells", result.name(), result.rows(),
        result.columns(), result.cells()));
    line();
    line(result.description() + ".");
    line();
    line("| contender | median | min | cells/s per core (millions) | peak heap | peak heap after a GC | heap after a full GC: "
        + "before / after (result kept) / after clean-up |");
    line("| --- | ---: | ---: | ---: | ---: | ---: | --- |");
    for (ContenderResult contender : result.contenders()) {
      Samples total = contender.total();
      line("| " + contender.name() + " | " + Units.seconds(total.median()) + " | " + Units.seconds(total.min()) + " | "
          + Units.rate(result.cells() / total.median() / settings.cores()) + " | " + Units.bytes(contender.peakHeap())
          + " | " + Units.bytes(contender.peakHeapAfterGc()) + " | " + Units.heapTraceColumn(contender.heapTrace()) + " |");
      for (Map.Entry<String, Samples> part : contender.parts().entrySet()) {
        line("| &nbsp;&nbsp;of which " + part.getKey() + " | " + Units.seconds(part.getValue().median()) + " | "
            + Units.seconds(part.getValue().min()) + " | | | | |");
      }
    }
    line();
    line("Every measured round, in order: seconds (share of the machine's CPU that other processes used meanwhile):");
    line();
    for (ContenderResult contender : result.contenders()) {
      line("- " + contender.name() + ": " + rounds(contender)
          + (contender.discardedRuns() == 0 ? "" : "; " + contender.discardedRuns() + " disturbed run(s) discarded"));
    }
    line();
    line("H2O's parse of Spark's CSV files (the CSV route), per column:");
    line();
    csvColumns(result.csvColumns());
    line();
    result.notes().forEach((what, value) -> line("- " + what + ": " + value));
    line();
    targets(result);
  }

  private void targets(DataSetResult result) {
    line("Targets of the conversion issue on " + result.name() + ":");
    line();
    line("| target | ratio of times | medians | minimums | required (medians) | |");
    line("| --- | --- | ---: | ---: | ---: | --- |");
    for (Target target : Target.of(result)) {
      line("| " + target.goal() + " | " + target.ratioName() + " | " + Units.ratio(target.ratio()) + " | "
          + Units.ratio(target.ratioOfMinimums()) + " | " + target.requirement() + " | " + (target.met() ? "met" : "**not met**") + " |");
    }
    line();
  }

  private void summary() {
    line("## Reading the heap columns");
    line();
    line("In local mode the Spark driver, its executor threads, Spark's cache and the embedded H2O node share one JVM "
        + "and one heap, so these figures cannot separate the driver from the executor. What they do show:");
    line();
    line("- *heap after a full GC, before*: the live data before the run (Spark's cache of the data set, the to-Spark "
        + "contender's H2O frame, Spark and H2O themselves).");
    line("- *after (result kept)*: live data right after the run while its result still exists. For to-H2O and the "
        + "CSV route the result is an H2O frame, which lives in this same heap (H2O's compressed columns), so the "
        + "growth is the frame's size, not a copy held by the driver; the driver only holds per-partition row counts "
        + "and the frame's description.");
    line("- *after clean-up*: live data once the result was deleted (the H2O frame removed, files left on disk); equal "
        + "to *before* means nothing of the data stayed behind.");
    line("- *peak heap*: the sum of the heap pools' peak use during a measured run (an upper bound that includes "
        + "garbage not yet collected, so it mostly reflects the young generation's size). *peak heap after a GC*: "
        + "the highest heap use right after any collection during a measured run (\"-\" when none ran): the best "
        + "available estimate of the most data held at once.");
    line();
  }

  /** One line per run of neighbouring columns typed alike, so that 100 double columns take one line. */
  private void csvColumns(List<ParsedColumn> columns) {
    int first = 0;
    while (first < columns.size()) {
      int last = first;
      while (last + 1 < columns.size() && columns.get(last + 1).sameTypes(columns.get(first))) {
        last++;
      }
      String names = first == last
          ? columns.get(first).name()
          : String.format("%s to %s (%d columns)", columns.get(first).name(), columns.get(last).name(), last - first + 1);
      line("- " + names + ", " + columns.get(first).types());
      first = last + 1;
    }
  }

  private static String rounds(ContenderResult contender) {
    List<Double> seconds = contender.total().values();
    List<Double> otherCpu = contender.otherCpu();
    StringBuilder values = new StringBuilder();
    for (int round = 0; round < seconds.size(); round++) {
      values.append(round == 0 ? "" : ", ")
          .append(String.format(Locale.ROOT, "%.3f (%s)", seconds.get(round), Units.percent(otherCpu.get(round))));
    }
    return values.toString();
  }

  private void line(String line) {
    text.append(line).append('\n');
  }

  private void line() {
    text.append('\n');
  }
}
