package org.sparkling.ml;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.ml.util.DefaultParamsReader;
import org.apache.spark.ml.util.DefaultParamsReader$;
import org.apache.spark.ml.util.DefaultParamsWriter;
import org.apache.spark.ml.util.MLReader;
import org.apache.spark.ml.util.MLWriter;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;

/**
 * Saves and loads an {@link H2OGridSearch}: its params as any estimator's ({@code metadata}), the algorithm estimator as
 * a saved stage of its own ({@code algo}), and the hyper-parameters as one line of JSON ({@code search}).
 */
final class GridSearchPersistence {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ALGO = "algo";
  private static final String SEARCH = "search";

  private GridSearchPersistence() {}

  /** What the {@code search} line holds. */
  record Search(boolean hasAlgo, Map<String, List<Object>> hyperParameters) {}

  static final class Writer extends MLWriter {
    private final H2OGridSearch grid;

    Writer(H2OGridSearch grid) {
      this.grid = grid;
    }

    @Override
    public void saveImpl(String path) {
      SparkSession spark = sparkSession();
      try {
        new DefaultParamsWriter(grid).session(spark).save(path);
        if (grid.getAlgo() != null) {
          grid.getAlgo().write().session(spark).save(path + "/" + ALGO);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot save the H2OGridSearch to " + path, e);
      }
      String search = json(new Search(grid.getAlgo() != null, grid.getHyperParameters()));
      spark.createDataset(List.of(search), Encoders.STRING()).coalesce(1).write().text(path + "/" + SEARCH);
    }
  }

  static final class Reader extends MLReader<H2OGridSearch> {
    @Override
    public H2OGridSearch load(String path) {
      SparkSession spark = sparkSession();
      H2OGridSearch grid = new DefaultParamsReader<H2OGridSearch>().session(spark).load(path);
      Search search = parse(spark.read().text(path + "/" + SEARCH).first().getString(0));
      if (search.hasAlgo()) {
        grid.setAlgo(DefaultParamsReader$.MODULE$.<H2OSupervisedEstimator<?>>loadParamsInstance(path + "/" + ALGO, spark));
      }
      Map<String, Object[]> hyperParameters = new LinkedHashMap<>();
      search.hyperParameters().forEach((name, values) -> hyperParameters.put(name, values.toArray()));
      return grid.setHyperParameters(hyperParameters);
    }
  }

  private static String json(Search search) {
    try {
      return JSON.writeValueAsString(search);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Search parse(String json) {
    try {
      return JSON.readValue(json, new TypeReference<Search>() {});
    } catch (IOException e) {
      throw new UncheckedIOException("Not a saved H2OGridSearch: " + json, e);
    }
  }
}
