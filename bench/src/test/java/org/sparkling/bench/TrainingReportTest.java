package org.sparkling.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sparkling.bench.peers.TreeSettings;

class TrainingReportTest {
  private static final Machine MACHINE = new Machine("Test CPU", 2, 24L << 30, "OpenJDK 17", "Linux amd64");

  @Test
  void tablesGiveEachContendersFiguresAndTheTargetsTheirVerdicts() {
    String report = report().render();

    assertThat(report)
        .contains("# Training benchmark")
        .contains("- Command: `bench/run --suite training --rows 50000`")
        .contains("40,000 training rows, 10,000 test rows")
        .contains("| H2OGBM | 10.000 s | 0.7050 | 10.00x | 1 % |")
        .contains("| MLlib GBTClassifier | 100.000 s | 0.7000 | 1.00x | 1 % |")
        .contains("H2OGBM / H2O GBM alone - 1 = **+5.3 %**")
        .contains("| H2OGBM MOJO | how H2OGBM MOJO scores | 200,000 | 0.667 s | 150,000 | 1.20x |")
        .contains("| H2OGBM end to end at least 10x faster than MLlib's GBT, at a test AUC no lower | 10.00x faster "
            + "(10.000 s vs 100.000 s), AUC 0.7050 vs 0.7000 | >= 10.00x, AUC >= MLlib's | met |")
        .doesNotContain("NaN")
        .doesNotContain("not met");
  }

  @Test
  void writesOnlyItsOwnSection(@TempDir Path folder) throws Exception {
    Path file = folder.resolve("RESULTS.md");
    Files.writeString(file, "<!-- conversion:start -->\nconversion figures\n<!-- conversion:end -->\n");

    report().write(file);

    String written = Files.readString(file);
    assertThat(written).startsWith("<!-- conversion:start -->\nconversion figures\n<!-- conversion:end -->\n\n"
        + "<!-- training:start -->\n# Training benchmark");
    assertThat(written).endsWith("<!-- training:end -->\n");
  }

  private static TrainingReport report() {
    RunSettings settings = new RunSettings("bench/run --suite training --rows 50000", "git abc1234",
        "sparkling-ml.jar built 2026-12-07T06:00:00Z", "2026-12-07T06:10:00Z", "local[2]", 2, 8, 1, 3, 12L << 30,
        "4.1.0", "H2O 3.44.0.1, 1 node in this JVM, 2 threads", "load average 0.10 at the start");
    TrainingRun run = new TrainingRun(settings, 300, 50_000, 40_000, 10_000, "bench/target/work-training/split-50000-seed-42",
        new TreeSettings(50, 6, 0.1, 42), 20_000, 1, "8g");
    return new TrainingReport(run, MACHINE,
        TrainingTargetTest.results(10.0, 0.705, 100.0, 0.700, 9.5, 10.5, 300_000, 250_000));
  }
}
