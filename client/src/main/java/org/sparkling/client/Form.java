package org.sparkling.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

/** H2O's request encoding: form fields, with list values written as JSON arrays ({@code ["a","b"]}). */
final class Form {
  private Form() {}

  static String encode(Map<String, ?> fields, ObjectMapper json) {
    return fields.entrySet().stream()
        .filter(field -> field.getValue() != null)
        .map(field -> escape(field.getKey()) + "=" + escape(value(field.getValue(), json)))
        .collect(Collectors.joining("&"));
  }

  private static String value(Object value, ObjectMapper json) {
    if (value instanceof Collection<?> || value.getClass().isArray() || value instanceof Map<?, ?> || value instanceof Record) {
      return json(value, json);
    }
    return value.toString();
  }

  static String json(Object value, ObjectMapper json) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Cannot encode " + value + " for H2O", e);
    }
  }

  static String escape(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
