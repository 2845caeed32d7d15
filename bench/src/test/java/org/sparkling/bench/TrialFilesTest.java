package org.sparkling.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sparkling.bench.ConversionTimes.DataSetTimes;
import org.sparkling.bench.ConversionTimes.MeasuredContender;
import org.sparkling.bench.peers.PeerRequest;
import org.sparkling.bench.peers.PeerResult;
import org.sparkling.bench.peers.TrialFiles;
import org.sparkling.bench.peers.TreeSettings;

/** What the harness and its trial JVMs pass each other survives the trip through JSON unchanged. */
class TrialFilesTest {
  @TempDir Path folder;

  @Test
  void requestsTravelUnchanged() throws IOException {
    TrialRequest request =
        new TrialRequest(BackendSetup.EXTERNAL_MANUAL, TrialRequest.Mode.CONVERSION, "spark://127.0.0.1:7077",
            Map.of("spark.executor.cores", "1"), 2, "1g", "127.0.0.1:54321", List.of(1_000_000L, 4_000_000L), 42, 1, 5,
            new QuietPolicy(0.1, 3, 120));

    assertThat(roundTrip(request, TrialRequest.class)).isEqualTo(request);
  }

  @Test
  void startTimesKeepTheOrderOfTheSteps() throws IOException {
    Map<String, Double> seconds = new LinkedHashMap<>();
    seconds.put(StartTimes.JVM, 0.25);
    seconds.put(StartTimes.SPARK, 3.5);
    seconds.put(StartTimes.CONTEXT, 2.0);
    seconds.put(StartTimes.STOP, 0.5);
    StartTimes times = new StartTimes("4.1.0", "H2O 3.44.0.1, 1 node(s)", seconds);

    StartTimes back = roundTrip(times, StartTimes.class);

    assertThat(back).isEqualTo(times);
    assertThat(back.seconds().keySet()).containsExactlyElementsOf(seconds.keySet());
  }

  @Test
  void conversionTimesTravelUnchanged() throws IOException {
    MeasuredContender toH2O = new MeasuredContender("to-H2O", "`hc.asH2OFrame(df, key)`", List.of(0.5, 0.4),
        List.of(0.01, -1.0), 1, 600_000_000L, -1, new ContenderResult.HeapTrace(100, 150, 100));
    MeasuredContender toSpark =
        new MeasuredContender("to-Spark", "read back", List.of(0.3), List.of(0.0), 0, 500_000_000L, 200_000_000L, null);
    ConversionTimes times = new ConversionTimes("4.1.0", "H2O 3.44.0.1, 2 node(s)", 3_000_000_000L,
        List.of(new DataSetTimes("mixed-1000", "1,000 rows", 1000, 5, 8, 40_000, true, List.of(toH2O, toSpark))));

    ConversionTimes back = roundTrip(times, ConversionTimes.class);

    assertThat(back).isEqualTo(times);
    assertThat(back.dataSets().get(0).contender("to-H2O").samples().median()).isEqualTo(0.45);
    assertThat(back.dataSets().get(0).cells()).isEqualTo(5000);
  }

  @Test
  void theXGBoostTrialsRequestAndResultTravelUnchanged() throws IOException {
    PeerRequest request = new PeerRequest("local[2]", "/work/split/train.parquet", "/work/split/test.parquet", 8,
        new TreeSettings(50, 6, 0.1, 42), 20_000, 1, 3);
    PeerResult result = new PeerResult("4.1.0", "XGBoost4J-Spark 3.1.1", "`XGBoostClassifier(...)`", 800_000, 10.6,
        0.679, 1_000_000, List.of(3.5, 3.25, 3.75));

    assertThat(roundTrip(request, PeerRequest.class)).isEqualTo(request);
    assertThat(roundTrip(result, PeerResult.class)).isEqualTo(result);
  }

  @Test
  void aMissingResultSaysTheTrialWroteNone() {
    assertThatThrownBy(() -> TrialFiles.read(folder.resolve("result.json"), StartTimes.class))
        .hasMessageContaining("ended without writing its result");
  }

  private <T> T roundTrip(T value, Class<T> type) throws IOException {
    Path file = folder.resolve("value.json");
    TrialFiles.write(file, value);
    return TrialFiles.read(file, type);
  }
}
