package org.sparkling.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Runs the demo for real, on the flights sample shipped in the repository, with a small forest. */
class DemoCommandTest {
  @Test
  void trainsOnRealFlightsAndPrintsTheTestAucAndStepTimes() {
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream original = System.out;
    int exitCode;
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      exitCode =
          new CommandLine(new SparklingCommand())
              .execute("demo", "--data", "../data/flights-100k.parquet", "--master", "local[2]", "--ntrees", "10");
    } finally {
      System.setOut(original);
    }
    String output = captured.toString(StandardCharsets.UTF_8);

    assertThat(exitCode).as(output).isZero();
    Matcher auc = Pattern.compile("Test AUC: (0\\.\\d+) on ([\\d,]+) held-out flights").matcher(output);
    assertThat(auc.find()).as(output).isTrue();
    assertThat(Double.parseDouble(auc.group(1))).isBetween(0.6, 0.95);
    assertThat(output)
        .contains("H2OFrame 'flights': 100,000 rows, 7 columns")
        .contains("convert to H2O (asH2OFrame)")
        .contains("score the test split in Spark with the MOJO")
        .contains("Flow UI: http://127.0.0.1:");
  }

  @Test
  void explainsAMissingDataFile() {
    ByteArrayOutputStream errors = new ByteArrayOutputStream();
    PrintStream original = System.err;
    int exitCode;
    System.setErr(new PrintStream(errors, true, StandardCharsets.UTF_8));
    try {
      exitCode = new CommandLine(new SparklingCommand()).execute("demo", "--data", "no/such/flights.parquet");
    } finally {
      System.setErr(original);
    }
    assertThat(exitCode).isEqualTo(1);
    assertThat(errors.toString(StandardCharsets.UTF_8)).contains("no/such/flights.parquet").contains("--data");
  }
}
