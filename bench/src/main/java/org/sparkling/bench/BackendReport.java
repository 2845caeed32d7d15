package org.sparkling.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sparkling.bench.ConversionTimes.DataSetTimes;
import org.sparkling.bench.ConversionTimes.MeasuredContender;
import org.sparkling.bench.TrialRequest.Mode;

/**
 * Writes the backends section of {@code bench/RESULTS.md}: how the run went, the start of each backend step by step, and
 * each backend's conversion throughput and driver heap at each size.
 */
final class BackendReport {
  static final String SECTION = "backends";
  private static final List<String> START_STEPS =
      List.of(StartTimes.JVM, StartTimes.SPARK, StartTimes.EXECUTORS, StartTimes.CONTEXT, StartTimes.STOP);
  private static final List<String> CONVERSIONS = List.of("to-H2O", "to-Spark");

  private final BackendRun run;
  private final Machine machine;
  private final List<StartRound> starts;
  private final Map<Contender, ContenderResult> startResults;
  private final Map<BackendSetup, ConversionTimes> conversions;
  private final StringBuilder text = new StringBuilder();

  BackendReport(
      BackendRun run, Machine machine, List<StartRound> starts, Map<Contender, ContenderResult> startResults,
      Map<BackendSetup, ConversionTimes> conversions) {
    this.run = run;
    this.machine = machine;
    this.starts = starts;
    this.startResults = startResults;
    this.conversions = conversions;
  }

  void write(Path file) throws IOException {
    header();
    backends();
    if (!starts.isEmpty()) {
      start();
    }
    if (!conversions.isEmpty()) {
      conversion();
      driverHeap();
    }
    ResultsSections.write(file, SECTION, text.toString());
  }

  private void header() {
    line("# Backend benchmark: start time and conversion per backend");
    line();
    line("Written by `bench/run --suite backends` (`org.sparkling.bench.BackendBenchmark`); run it again to refresh this "
        + "section (the other sections of this file stay as they are). Every figure below comes from this one run. Each "
        + "trial is a JVM of its own, the Spark driver of one application, started by the harness: H2O cannot start twice "
        + "in one JVM, and a user's application starts in a fresh JVM too.");
    line();
    ReportHeader.lines(run.started(), run.totalSeconds(), run.command(), machine).forEach(this::line);
    line("- Spark " + sparkVersion() + "; H2O as each backend's table row says.");
    line("- Code: " + run.code() + "; library jar " + run.libraryJar() + ".");
    line("- Other processes: " + run.otherLoad() + ".");
    line("- Memory: each driver JVM `-Xmx" + run.driverMemory() + "` (with the JVM flags Spark and H2O need); Spark "
        + "executors on the cluster `spark.executor.memory=" + run.executorMemory() + "`, 1 core each; external H2O "
        + "nodes " + run.externalMemory() + " each.");
    line("- Rounds: starts " + run.warmUpRounds() + " warm-up + " + run.rounds() + " measured per backend, each round "
        + "starting every backend once in turn, each in a fresh driver JVM; conversions " + run.warmUpRounds()
        + " warm-up + " + run.conversionRounds() + " measured per backend and size, in one driver JVM per backend, "
        + "each round running to-H2O, then to-Spark, a full GC (`System.gc()`) before every run, outside the timing. "
        + "Tables give the median and the minimum of the measured rounds.");
    line();
  }

  private void backends() {
    line("## Backends");
    line();
    line("The Spark cluster is a standalone master and 2 workers of 1 core on 127.0.0.1, started by the harness before "
        + "the rounds (`StandaloneCluster` of the spark module's tests: JVMs from the benchmark's classpath); each trial is "
        + "a new application on it, so it gets 2 new executor JVMs. The harness waits until the previous application's "
        + "executors are gone before the next trial.");
    line();
    line("| backend | how the application gets it | Spark for the start | Spark for the conversions | H2O cluster |");
    line("| --- | --- | --- | --- | --- |");
    Set<BackendSetup> setups = new LinkedHashSet<>();
    starts.forEach(start -> setups.add(start.setup()));
    setups.addAll(conversions.keySet());
    for (BackendSetup setup : setups) {
      line("| " + setup.id() + " | " + setup.configuration() + " | " + spark(setup, Mode.START) + " | "
          + (conversions.containsKey(setup) ? spark(setup, Mode.CONVERSION) : "not measured") + " | "
          + h2oCluster(setup) + " |");
    }
    line();
  }

  private void start() {
    line("## Start");
    line();
    line("Median / minimum of each step, in seconds, as the trial JVM timed it; the last column is the whole trial as the "
        + "harness timed it, from launching the JVM to its exit.");
    line();
    line("| backend | " + String.join(" | ", START_STEPS) + " | trial, launch to exit |");
    line("| --- |" + " ---: |".repeat(START_STEPS.size() + 1));
    for (StartRound start : starts) {
      ContenderResult result = startResults.get(start);
      StringBuilder row = new StringBuilder("| " + start.setup().id() + " | ");
      for (String step : START_STEPS) {
        Samples samples = result.parts().get(step);
        row.append(samples == null ? "-" : medianAndMin(samples)).append(" | ");
      }
      line(row.append(medianAndMin(result.total())).append(" |").toString());
    }
    line();
    line("- *" + StartTimes.JVM + "*: from the JVM's start (its own clock) to the trial's `main`.");
    line("- *" + StartTimes.SPARK + "*: `SparkSession.builder()...getOrCreate()`; on the cluster the application has "
        + "registered with the master, executors not yet.");
    line("- *" + StartTimes.EXECUTORS + "*: on the cluster, from then until both executors have registered with the "
        + "driver (the internal backend needs them up before it starts its nodes).");
    line("- *" + StartTimes.CONTEXT + "*: until the context is ready: the H2O cloud formed and its REST API answering. "
        + "Embedded: one node starts in the driver JVM. Internal: a node starts in each executor and they cloud up. "
        + "External, automatic: the driver starts 2 node JVMs and waits for their cloud. External, manual: the driver "
        + "asks the running cluster for its size and health.");
    line("- *" + StartTimes.STOP + "*: `hc.stop()` and `spark.stop()`.");
    line();
    line("Every measured round, in order: " + StartTimes.CONTEXT + " seconds / whole trial seconds (share of the "
        + "machine's CPU that other processes used meanwhile):");
    line();
    for (StartRound start : starts) {
      ContenderResult result = startResults.get(start);
      List<Double> context = result.parts().get(StartTimes.CONTEXT).values();
      List<Double> total = result.total().values();
      StringBuilder rounds = new StringBuilder();
      for (int round = 0; round < total.size(); round++) {
        rounds.append(round == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.3f / %.3f (%s)", context.get(round),
            total.get(round), Units.percent(result.otherCpu().get(round))));
      }
      line("- " + start.setup().id() + ": " + rounds + discarded(result.discardedRuns()));
    }
    line();
  }

  private void conversion() {
    line("## Conversion");
    line();
    DataSetTimes first = conversions.values().iterator().next().dataSets().get(0);
    line("Data: `spark.range(rows)` with the columns " + first.description() + "; " + first.columns()
        + " columns, cached (`cache()`, `count()`, one full read) in " + first.partitions() + " partitions before the "
        + "rounds, so every backend reads the same rows from Spark's in-memory cache.");
    line();
    for (MeasuredContender contender : first.contenders()) {
      line("- *" + contender.name() + "*: " + contender.definition() + ".");
    }
    line();
    line("| backend | rows | to-H2O: median / min | rows/s (millions) | cells/s (millions) | to-Spark: median / min | "
        + "rows/s (millions) | cells/s (millions) | values read back |");
    line("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |");
    forEachDataSet((setup, data) -> {
      StringBuilder row = new StringBuilder("| " + setup.id() + " | " + String.format(Locale.ROOT, "%,d", data.rows()));
      for (String name : CONVERSIONS) {
        Samples samples = data.contender(name).samples();
        row.append(" | ").append(medianAndMin(samples))
            .append(" | ").append(Units.rate(data.rows() / samples.median()))
            .append(" | ").append(Units.rate(data.cells() / samples.median()));
      }
      return row.append(" | ").append(data.checksumsEqual() ? "equal" : "**NOT equal**").append(" |").toString();
    });
    line();
    line("Rates divide by the median. *Values read back*: the checksum of every field read back with to-Spark against the "
        + "same checksum of Spark's cache. Every measured round, in order: seconds (share of the machine's CPU that other "
        + "processes used meanwhile):");
    line();
    forEachDataSet((setup, data) -> "- " + setup.id() + ", " + String.format(Locale.ROOT, "%,d", data.rows()) + " rows: "
        + String.join("; ", data.contenders().stream().map(BackendReport::rounds).toList()));
    line();
  }

  private void driverHeap() {
    line("## Driver heap during conversion");
    line();
    line("The driver is the trial JVM. With the embedded backend it also runs Spark's executor threads, Spark's cache and "
        + "the H2O node, so its heap holds the data. With the internal backend on the cluster and the external backends, "
        + "executors and H2O nodes are JVMs of their own: the driver's heap should stay flat as the rows grow. The columns "
        + "read as in the conversion section's *Reading the heap columns*.");
    line();
    line("| backend | rows | Spark's cache | contender | peak heap | peak heap after a GC | heap after a full GC: before / "
        + "after (result kept) / after clean-up |");
    line("| --- | ---: | ---: | --- | ---: | ---: | --- |");
    forEachDataSet((setup, data) -> String.join("\n", data.contenders().stream()
        .map(contender -> "| " + setup.id() + " | " + String.format(Locale.ROOT, "%,d", data.rows()) + " | "
            + Units.bytes(data.cachedBytes()) + " | " + contender.name() + " | " + Units.bytes(contender.peakHeap())
            + " | " + Units.bytes(contender.peakHeapAfterGc()) + " | " + Units.heapTraceColumn(contender.heapTrace()) + " |")
        .toList()));
    line();
  }

  private void forEachDataSet(DataSetLine lines) {
    conversions.forEach((setup, times) -> times.dataSets().forEach(data -> line(lines.line(setup, data))));
  }

  private String spark(BackendSetup setup, Mode mode) {
    return setup.sparkOnCluster(mode) ? "the cluster: 2 executor JVMs of 1 core" : "`local[2]` in the driver JVM";
  }

  private String h2oCluster(BackendSetup setup) {
    ConversionTimes converted = conversions.get(setup);
    if (converted != null) {
      return converted.h2oCluster();
    }
    return starts.stream().filter(start -> start.setup() == setup).findFirst().map(start -> start.last().h2oCluster())
        .orElse("-");
  }

  private String sparkVersion() {
    return starts.isEmpty() ? conversions.values().iterator().next().sparkVersion() : starts.get(0).last().sparkVersion();
  }

  private static String rounds(MeasuredContender contender) {
    StringBuilder rounds = new StringBuilder(contender.name()).append(" ");
    for (int round = 0; round < contender.seconds().size(); round++) {
      rounds.append(round == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.3f (%s)", contender.seconds().get(round),
          Units.percent(contender.otherCpu().get(round))));
    }
    return rounds + discarded(contender.discardedRuns());
  }

  private static String discarded(int runs) {
    return runs == 0 ? "" : "; " + runs + " disturbed run(s) discarded";
  }

  private static String medianAndMin(Samples samples) {
    return String.format(Locale.ROOT, "%.3f / %.3f s", samples.median(), samples.min());
  }

  private void line(String line) {
    text.append(line).append('\n');
  }

  private void line() {
    text.append('\n');
  }

  /** One line (or several) of a table or list about one data set of one backend. */
  private interface DataSetLine {
    String line(BackendSetup setup, DataSetTimes data);
  }
}
