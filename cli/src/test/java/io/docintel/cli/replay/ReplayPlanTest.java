package io.docintel.cli.replay;

import static org.assertj.core.api.Assertions.assertThat;

import io.docintel.cli.replay.ReplayPlan.Posted;
import io.docintel.schemas.Document;
import io.docintel.schemas.TextContent;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReplayPlanTest {

  static final Instant T0 = Instant.parse("2026-11-30T10:00:00Z");

  @Test
  void eachDocumentInTheWindowOnceWithTheRevisionAboveItsHighest() {
    List<Posted> topic = List.of(
        posted("a", 0, T0.minusSeconds(60), "old"),
        posted("b", 0, T0.plusSeconds(10), "b"),
        posted("a", 0, T0.plusSeconds(20), "a again"),
        posted("a", 3, T0.plusSeconds(7200), "a replayed later"),
        posted("c", 0, T0.plusSeconds(3600), "c"));

    List<Document> plan = ReplayPlan.of(topic, T0, T0.plusSeconds(3600), Set.of());

    assertThat(plan).as("in the order first posted within the window").extracting(Document::getId)
        .containsExactly("b", "a");
    assertThat(plan.get(0).getRevision()).isEqualTo(1);
    assertThat(plan.get(1).getRevision()).as("above revision 3 seen later").isEqualTo(4);
    assertThat(((TextContent) plan.get(1).getContent()).getText()).isEqualTo("a again");
  }

  @Test
  void idsNarrowTheWindowAndNoEndMeansEverythingAfterFrom() {
    List<Posted> topic = List.of(posted("a", 0, T0, "a"), posted("b", 0, T0.plusSeconds(9999), "b"));
    assertThat(ReplayPlan.of(topic, T0, null, Set.of("b"))).extracting(Document::getId).containsExactly("b");
    assertThat(ReplayPlan.of(topic, T0, null, Set.of())).hasSize(2);
    assertThat(ReplayPlan.of(topic, T0.plusSeconds(1), null, Set.of("a"))).isEmpty();
  }

  private static Posted posted(String id, long revision, Instant at, String text) {
    return new Posted(Document.newBuilder().setId(id).setTenant("t").setSource("s").setContent(new TextContent(text))
        .setMetadata(Map.of()).setEventTime(T0).setRevision(revision).build(), at);
  }
}
