package org.sparkling.ml;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.sparkling.client.H2OClient;

/** The models and frames on the H2O cluster at one moment, to check that a {@code fit} left nothing behind. */
record ClusterSnapshot(H2OClient client, List<String> models, List<String> frames) {

  static ClusterSnapshot of(H2OClient client) {
    return new ClusterSnapshot(client, client.modelIds(), client.frameIds());
  }

  void assertNothingAdded() {
    assertThat(client.modelIds()).containsExactlyInAnyOrderElementsOf(models);
    assertThat(client.frameIds()).containsExactlyInAnyOrderElementsOf(frames);
  }

  /** The id the model had on the H2O cluster, from its training details. */
  static String h2oModelId(H2OMOJOModel model) {
    try {
      return new ObjectMapper().readTree(model.trainingDetails().json()).path("model_id").path("name").asText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
