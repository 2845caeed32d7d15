package org.sparkling;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** Checks the {@code spark.ext.h2o.*} keys a user set: an unknown key is most often a typo of a known one. */
final class H2OConfKeys {
  static final String PREFIX = "spark.ext.h2o.";

  private H2OConfKeys() {}

  /** One warning per unknown key, naming the closest known key. */
  static List<String> warnings(Map<String, String> settings) {
    List<String> warnings = new ArrayList<>();
    for (String key : settings.keySet()) {
      if (key.startsWith(PREFIX) && H2OOptions.ALL.stream().noneMatch(option -> option.key().equals(key))) {
        warnings.add(
            String.format("Unknown Sparkling Water option %s is ignored; did you mean %s?", key, closestKnownKey(key)));
      }
    }
    return warnings;
  }

  static String closestKnownKey(String key) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (H2OOptions.Option option : H2OOptions.ALL) {
      int distance = LevenshteinDistance.getDefaultInstance().apply(key, option.key());
      if (distance < bestDistance) {
        best = option.key();
        bestDistance = distance;
      }
    }
    return best;
  }
}
