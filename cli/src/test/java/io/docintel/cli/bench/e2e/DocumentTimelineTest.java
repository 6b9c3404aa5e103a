package io.docintel.cli.bench.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.docintel.schemas.EnrichedDocument;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentTimelineTest {

  @Test
  void enrichedTimeIsCountedFromThePost() {
    EnrichedDocument record = EnrichedDocument.newBuilder().setDocumentId("d1").setTenant("t")
        .setEventTime(Instant.EPOCH).setLanguage("en").setContentSha256("00").setComplete(false)
        .setCompletedAt(Instant.ofEpochMilli(10_450)).build();

    DocumentTimeline timeline = DocumentTimeline.of("a.txt", 10_000, 470, record);

    assertThat(timeline.enrichedAfterMs()).isEqualTo(450);
    assertThat(timeline.steps()).isEmpty();
    assertThat(timeline.latencyMs()).isEqualTo(470);
  }

  @Test
  void slowestComeFirstAndAreLimited() {
    List<DocumentTimeline> all = List.of(timeline("a", 300), timeline("b", 2000), timeline("c", 900),
        timeline("d", 50));

    assertThat(DocumentTimeline.slowest(all, 2)).extracting(DocumentTimeline::source).containsExactly("b", "c");
  }

  private static DocumentTimeline timeline(String source, double latencyMs) {
    return new DocumentTimeline(source, latencyMs, List.of(), (long) latencyMs);
  }
}
