package org.sparkling.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FormTest {

  @Test
  void listValuesAreSentAsJsonArrays() {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("names", List.of("a", "b"));
    fields.put("rows_per_chunk", new long[] {3, 0});
    fields.put("domains", Arrays.asList(List.of("no", "yes"), null));

    String encoded = Form.encode(fields, H2OClient.JSON);

    assertThat(encoded).isEqualTo("names=%5B%22a%22%2C%22b%22%5D&rows_per_chunk=%5B3%2C0%5D"
        + "&domains=%5B%5B%22no%22%2C%22yes%22%5D%2Cnull%5D");
    assertThat(decode(encoded)).isEqualTo("names=[\"a\",\"b\"]&rows_per_chunk=[3,0]&domains=[[\"no\",\"yes\"],null]");
  }

  @Test
  void spacesAreEncodedAsPercent20NotPlus() {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("model id", "my model+1");

    assertThat(Form.encode(fields, H2OClient.JSON)).isEqualTo("model%20id=my%20model%2B1");
  }

  @Test
  void nullValuesAreLeftOut() {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("training_frame", "train");
    fields.put("validation_frame", null);
    fields.put("ntrees", 50);

    assertThat(Form.encode(fields, H2OClient.JSON)).isEqualTo("training_frame=train&ntrees=50");
  }

  @Test
  void scalarsUseTheirOwnText() {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("learn_rate", 0.1);
    fields.put("balance_classes", true);

    assertThat(Form.encode(fields, H2OClient.JSON)).isEqualTo("learn_rate=0.1&balance_classes=true");
  }

  @Test
  void separatorsAndUnicodeInValuesAreEscaped() {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("names", List.of("a&b=c", "prix €"));

    String encoded = Form.encode(fields, H2OClient.JSON);

    assertThat(encoded).doesNotContain("&b", "=c", "+", " ", "€");
    assertThat(decode(encoded)).isEqualTo("names=[\"a&b=c\",\"prix €\"]");
  }

  @Test
  void escapeKeepsPathSegmentsReadable() {
    assertThat(Form.escape("$03017f00000132d4ffffffff$_job key")).isEqualTo("%2403017f00000132d4ffffffff%24_job%20key");
    assertThat(Form.escape("frame/1")).isEqualTo("frame%2F1");
  }

  private static String decode(String form) {
    return URLDecoder.decode(form, StandardCharsets.UTF_8);
  }
}
