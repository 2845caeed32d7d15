package org.sparkling.client;

import com.fasterxml.jackson.databind.JsonNode;

/** Reads H2O's JobV3 schema, whose keys are nested objects ({@code "key": {"name": ...}}). */
final class JobReplies {
  private JobReplies() {}

  static Job job(JsonNode job) {
    if (job == null || job.isMissingNode() || job.isNull()) {
      throw new H2OClientException("H2O's reply carries no job");
    }
    return new Job(
        text(job.path("key").path("name")),
        text(job.path("description")),
        text(job.path("status")),
        job.path("progress").asDouble(0),
        text(job.path("progress_msg")),
        text(job.path("dest").path("name")),
        text(job.path("exception")));
  }

  private static String text(JsonNode node) {
    return node.isMissingNode() || node.isNull() ? null : node.asText();
  }
}
