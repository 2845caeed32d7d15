package org.sparkling.ml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.ml.util.DefaultParamsReader$;
import org.apache.spark.ml.util.DefaultParamsReader.Metadata;
import org.apache.spark.ml.util.MLReader;
import scala.Option;

/** Loads what {@link H2OMOJOModelWriter} saved, of any format version up to this one. */
final class H2OMOJOModelReader extends MLReader<H2OMOJOModel> {

  @Override
  public H2OMOJOModel load(String path) {
    JsonNode format = json(read(path, H2OMOJOModelWriter.FORMAT), path);
    int version = format.path("formatVersion").asInt(-1);
    if (version < 1 || version > H2OMOJOModelWriter.FORMAT_VERSION) {
      throw new IllegalArgumentException(
          "The model at " + path + " has format version " + version + "; this Sparkling Water reads versions 1 to "
              + H2OMOJOModelWriter.FORMAT_VERSION + ": load it with the version that saved it or a newer one");
    }
    Metadata metadata = DefaultParamsReader$.MODULE$.loadMetadata(path, sparkSession(), H2OMOJOModel.class.getName());
    H2OMOJOModel model = H2OMOJOModel.fromMojo(metadata.uid(), read(path, format.path("mojo").asText()));
    metadata.getAndSetParams(model, Option.empty());
    String details = new String(read(path, format.path("details").asText()), StandardCharsets.UTF_8);
    return model.setTrainingDetails(ModelDetails.fromModelJson(details));
  }

  private byte[] read(String folder, String name) {
    Path file = new Path(folder, name);
    try {
      FileSystem fs = file.getFileSystem(sparkSession().sparkContext().hadoopConfiguration());
      try (InputStream in = fs.open(file)) {
        return in.readAllBytes();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Cannot read " + file + ": " + e.getMessage() + "; is " + folder + " a folder saved by H2OMOJOModel.write()?", e);
    }
  }

  private static JsonNode json(byte[] bytes, String path) {
    try {
      return new ObjectMapper().readTree(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException("The format file of the model at " + path + " is not JSON: " + e.getMessage(), e);
    }
  }
}
