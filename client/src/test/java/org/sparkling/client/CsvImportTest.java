package org.sparkling.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** H2O's own CSV route through the client, on a real H2O node: import a folder of CSV files, guess the setup, parse. */
class CsvImportTest {
  private static final Duration JOB_TIMEOUT = Duration.ofMinutes(2);

  private static H2ONodeProcess node;
  private static H2OClient h2o;

  @TempDir static Path folder;

  @BeforeAll
  static void startNode() {
    node = H2ONodeProcess.start();
    h2o = node.client();
  }

  @AfterAll
  static void stopNode() {
    if (node != null) {
      node.close();
    }
  }

  @Test
  void importsTheDataFilesOfAFolderAsSparkWritesIt() throws IOException {
    Path csv = sparkStyleCsvFolder("imported", "");

    ImportedFiles imported = h2o.importFiles(csv.toString());

    // Spark's _SUCCESS marker and hidden .crc files are not data: H2O leaves them out.
    assertThat(imported.files())
        .containsExactlyInAnyOrder(csv.resolve("part-00000.csv").toString(), csv.resolve("part-00001.csv").toString());
    assertThat(imported.destinationFrames()).hasSize(2).allSatisfy(key -> assertThat(key).startsWith("nfs://"));
    assertThat(imported.fails()).isEmpty();
  }

  @Test
  void guessesTheSetupOfHeaderlessFilesAndParsesThemIntoOneFrame() throws IOException {
    ImportedFiles imported = h2o.importFiles(sparkStyleCsvFolder("headerless", "").toString());

    ParseSetup setup = h2o.parseSetup(imported.destinationFrames());

    assertThat(setup.sourceFrames()).containsExactlyInAnyOrderElementsOf(imported.destinationFrames());
    assertThat(setup.parseType()).isEqualTo("CSV");
    assertThat(setup.separator()).isEqualTo(',');
    assertThat(setup.checkHeader()).isEqualTo(-1);
    assertThat(setup.numberColumns()).isEqualTo(3);
    assertThat(setup.columnNames()).isEmpty();
    assertThat(setup.columnTypes()).containsExactly("Numeric", "Numeric", "Enum");
    assertThat(setup.chunkSize()).isPositive();

    Job started = h2o.parse(setup, "headerless.hex");
    Job done = h2o.awaitJob(started.key(), JOB_TIMEOUT, null);

    assertThat(started.destination()).isEqualTo("headerless.hex");
    assertThat(done.succeeded()).isTrue();
    FrameDescription frame = h2o.describeFrame("headerless.hex");
    assertThat(frame.rows()).isEqualTo(3);
    assertThat(frame.names()).containsExactly("C1", "C2", "C3");
    assertThat(frame.columns()).extracting(FrameDescription.Column::type)
        .containsExactly("numeric", "numeric", "categorical");
    // The raw frames of the files are removed once the parse is done.
    assertThat(h2o.frameIds()).doesNotContainAnyElementsOf(imported.destinationFrames());
    h2o.deleteFrame("headerless.hex");
  }

  @Test
  void takesColumnNamesFromAHeader() throws IOException {
    ImportedFiles imported = h2o.importFiles(sparkStyleCsvFolder("header", "delay,distance,origin\n").toString());

    ParseSetup setup = h2o.parseSetup(imported.destinationFrames());
    Job done = h2o.awaitJob(h2o.parse(setup, "header.hex").key(), JOB_TIMEOUT, null);

    assertThat(setup.checkHeader()).isEqualTo(1);
    assertThat(setup.columnNames()).containsExactly("delay", "distance", "origin");
    assertThat(done.succeeded()).isTrue();
    assertThat(h2o.describeFrame("header.hex").rows()).isEqualTo(3);
    h2o.deleteFrame("header.hex");
  }

  @Test
  void importingAPathThatDoesNotExistIsNotFound() {
    String missing = folder.resolve("missing").toString();

    H2OServerException error = catchThrowableOfType(H2OServerException.class, () -> h2o.importFiles(missing));

    assertThat(error.status()).isEqualTo(404);
    assertThat(error.serverMessage()).contains("File " + missing + " does not exist");
  }

  @Test
  void guessingTheSetupOfAFrameThatDoesNotExistIsRejected() {
    H2OServerException error =
        catchThrowableOfType(H2OServerException.class, () -> h2o.parseSetup(List.of("nfs://no/such/file.csv")));

    assertThat(error.status()).isEqualTo(400);
    assertThat(error.serverMessage()).contains("Key not loaded: Key<Frame> nfs://no/such/file.csv");
  }

  /** Two part files (each with {@code header} first, if any), a {@code _SUCCESS} marker and a checksum, as Spark writes. */
  private static Path sparkStyleCsvFolder(String name, String header) throws IOException {
    Path csv = Files.createDirectories(folder.resolve(name));
    Files.writeString(csv.resolve("part-00000.csv"), header + "12,599,SEA\n-3,1200,SEA\n");
    Files.writeString(csv.resolve("part-00001.csv"), header + "40,300,LAX\n");
    Files.writeString(csv.resolve("_SUCCESS"), "");
    Files.writeString(csv.resolve(".part-00000.csv.crc"), "crc");
    return csv;
  }
}
