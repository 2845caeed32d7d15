package org.sparkling.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class JobRepliesTest {

  @Test
  void readsTheNestedKeysOfAJobV3() throws Exception {
    JsonNode reply =
        H2OClient.JSON.readTree(
            "{\"key\":{\"name\":\"$0301$_job\",\"type\":\"Key<Job>\"},\"description\":\"GBM\",\"status\":\"RUNNING\","
                + "\"progress\":0.25,\"progress_msg\":\"Built tree 5\",\"dest\":{\"name\":\"gbm_1\"},\"exception\":null}");

    Job job = JobReplies.job(reply);

    assertThat(job).isEqualTo(new Job("$0301$_job", "GBM", "RUNNING", 0.25, "Built tree 5", "gbm_1", null));
    assertThat(job.finished()).isFalse();
  }

  @Test
  void aReplyWithoutAJobIsAnError() throws Exception {
    JsonNode reply = H2OClient.JSON.readTree("{\"jobs\":[]}");

    assertThatThrownBy(() -> JobReplies.job(reply.path("job")))
        .isInstanceOf(H2OClientException.class)
        .hasMessageContaining("no job");
  }
}
