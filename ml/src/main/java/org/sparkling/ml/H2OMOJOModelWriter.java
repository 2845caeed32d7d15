package org.sparkling.ml;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.ml.util.DefaultParamsWriter$;
import org.apache.spark.ml.util.MLWriter;

/**
 * Saves an {@link H2OMOJOModel} as a folder: Spark's params metadata ({@code metadata/}, as every Spark ML stage), the MOJO
 * ({@code mojo.zip}), H2O's model details ({@code modelDetails.json}) and {@code sparkling.json} naming the format version.
 */
final class H2OMOJOModelWriter extends MLWriter {
  /** Version 1: metadata/, mojo.zip, modelDetails.json, sparkling.json. Raise it when the layout changes; keep reading old ones. */
  static final int FORMAT_VERSION = 1;
  static final String MOJO = "mojo.zip";
  static final String DETAILS = "modelDetails.json";
  static final String FORMAT = "sparkling.json";

  private final H2OMOJOModel model;

  H2OMOJOModelWriter(H2OMOJOModel model) {
    this.model = model;
  }

  @Override
  public void saveImpl(String path) {
    DefaultParamsWriter$.MODULE$.saveMetadata(model, path, sparkSession());
    write(path, MOJO, model.mojo());
    write(path, DETAILS, model.trainingDetails().json().getBytes(StandardCharsets.UTF_8));
    String format = "{\"formatVersion\":" + FORMAT_VERSION + ",\"mojo\":\"" + MOJO + "\",\"details\":\"" + DETAILS + "\"}";
    write(path, FORMAT, format.getBytes(StandardCharsets.UTF_8));
  }

  private void write(String folder, String name, byte[] bytes) {
    Path file = new Path(folder, name);
    try {
      FileSystem fs = file.getFileSystem(sparkSession().sparkContext().hadoopConfiguration());
      try (OutputStream out = fs.create(file, true)) {
        out.write(bytes);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + file + ": " + e.getMessage(), e);
    }
  }
}
