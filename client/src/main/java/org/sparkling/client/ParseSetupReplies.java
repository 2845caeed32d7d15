package org.sparkling.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Reads H2O's ParseSetupV3 schema, whose source frames are nested keys ({@code {"name": ...}}). */
final class ParseSetupReplies {
  private ParseSetupReplies() {}

  static ParseSetup parseSetup(JsonNode setup) {
    List<String> sourceFrames = new ArrayList<>();
    setup.path("source_frames").forEach(key -> sourceFrames.add(key.path("name").asText()));
    return new ParseSetup(
        sourceFrames,
        setup.path("parse_type").asText(null),
        setup.path("separator").asInt(),
        setup.path("single_quotes").asBoolean(),
        setup.path("check_header").asInt(),
        setup.path("number_columns").asInt(),
        texts(setup.path("column_names")),
        texts(setup.path("column_types")),
        setup.path("chunk_size").asInt(),
        setup.path("destination_frame").asText(null),
        texts(setup.path("warnings")));
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(text -> texts.add(text.asText()));
    return texts;
  }
}
