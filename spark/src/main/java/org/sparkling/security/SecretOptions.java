package org.sparkling.security;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Which option values are secrets, and how they are hidden when options are shown. Every secret key of Sparkling Water
 * holds the word {@code password}, so Spark's own default {@code spark.redaction.regex} hides it too (on the UI's
 * environment page, in event logs) with nothing for the user to configure; this class uses the same pattern.
 */
public final class SecretOptions {
  /** Spark's default {@code spark.redaction.regex}. */
  public static final Pattern SECRET_KEY = Pattern.compile("(?i)secret|password|token|access[.]?key");

  /** What a hidden value shows, as Spark shows it. */
  public static final String REDACTED = "*********(redacted)";

  private SecretOptions() {}

  /** Whether the option {@code key} holds a secret. */
  public static boolean isSecret(String key) {
    return SECRET_KEY.matcher(key).find();
  }

  /** The options with each secret's value replaced by {@link #REDACTED}. */
  public static Map<String, String> redact(Map<String, String> options) {
    Map<String, String> shown = new LinkedHashMap<>();
    options.forEach((key, value) -> shown.put(key, isSecret(key) ? REDACTED : value));
    return shown;
  }
}
