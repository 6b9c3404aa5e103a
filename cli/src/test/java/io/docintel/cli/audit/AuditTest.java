package io.docintel.cli.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.docintel.common.topic.TopicNames;
import io.docintel.enricher.join.ResultKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link Audit} on hand-built topic contents: each verdict, and how dead letters find their document. */
class AuditTest {

  static final Instant SINCE = Instant.parse("2026-11-30T09:00:00Z");
  static final Instant UNTIL = Instant.parse("2026-11-30T10:00:00Z");
  static final Set<ResultKind> ALL = EnumSet.allOf(ResultKind.class);

  final List<PostedDocument> posted = new ArrayList<>();
  final List<EnrichedFact> enriched = new ArrayList<>();
  final List<DeadLetterFact> letters = new ArrayList<>();

  @Test
  void oneWholeEnrichedRecordIsOkAndNothingIsMissing() {
    post("a", 0, 0, SINCE);
    enrich("a", 0, ALL);
    AuditReport report = judge();
    assertThat(report.clean()).isTrue();
    assertThat(verdictOf(report, "a", 0)).isEqualTo(Verdict.OK);
  }

  @Test
  void noEnrichedRecordAndNoDeadLetterIsMissing() {
    post("a", 0, 0, SINCE);
    AuditReport report = judge();
    assertThat(verdictOf(report, "a", 0)).isEqualTo(Verdict.MISSING);
    assertThat(report.clean()).isFalse();
    assertThat(report.counts()).containsEntry(Verdict.MISSING, 1).containsEntry(Verdict.OK, 0);
  }

  @Test
  void aDocumentTheNormalizerDeadLetteredIsOkFoundByItsSourceOffset() {
    post("bad", DocumentRevision.UNKNOWN, 7, SINCE.plusSeconds(1));
    letters.add(new DeadLetterFact("bad", OptionalLong.empty(), "normalizer", "deserialize", TopicNames.DOCUMENTS, 0, 7));
    Judgement judgement = judge().judgements().get(0);
    assertThat(judgement.verdict()).isEqualTo(Verdict.OK);
    assertThat(judgement.detail()).contains("normalizer (deserialize)");
  }

  @Test
  void twoEnrichedRecordsOrEnrichedAndDeadLetteredByTheNormalizerAreDuplicates() {
    post("twice", 0, 0, SINCE);
    enrich("twice", 0, ALL);
    enrich("twice", 0, ALL);
    post("both", 0, 1, SINCE);
    enrich("both", 0, ALL);
    letters.add(new DeadLetterFact("both", OptionalLong.of(0), "normalizer", "process:normalize",
        TopicNames.DOCUMENTS, 0, 1));
    AuditReport report = judge();
    assertThat(verdictOf(report, "twice", 0)).isEqualTo(Verdict.DUPLICATE);
    assertThat(verdictOf(report, "both", 0)).isEqualTo(Verdict.DUPLICATE);
    assertThat(report.problems()).hasSize(2);
  }

  @Test
  void aPartialRecordIsOkOnlyWhenTheStageThatMakesTheMissingPartDeadLettered() {
    post("explained", 0, 0, SINCE);
    enrich("explained", 0, EnumSet.of(ResultKind.EXTRACTION, ResultKind.SUMMARY));
    letters.add(letter("explained", 0, "classifier", TopicNames.NORMALIZED));
    post("wrong-stage", 0, 1, SINCE);
    enrich("wrong-stage", 0, EnumSet.of(ResultKind.EXTRACTION, ResultKind.SUMMARY));
    letters.add(letter("wrong-stage", 0, "extractor", TopicNames.NORMALIZED));
    post("enricher-read", 0, 2, SINCE);
    enrich("enricher-read", 0, EnumSet.of(ResultKind.CLASSIFICATION, ResultKind.SUMMARY));
    letters.add(letter("enricher-read", 0, "enricher", TopicNames.EXTRACTIONS));
    post("unexplained", 0, 3, SINCE);
    enrich("unexplained", 0, EnumSet.of(ResultKind.CLASSIFICATION));

    AuditReport report = judge();
    assertThat(verdictOf(report, "explained", 0)).isEqualTo(Verdict.OK);
    assertThat(verdictOf(report, "wrong-stage", 0)).isEqualTo(Verdict.UNEXPLAINED_PARTIAL);
    assertThat(verdictOf(report, "enricher-read", 0)).isEqualTo(Verdict.OK);
    Judgement unexplained = report.judgements().get(3);
    assertThat(unexplained.verdict()).isEqualTo(Verdict.UNEXPLAINED_PARTIAL);
    assertThat(unexplained.detail()).contains("extraction, summary");
  }

  @Test
  void onlyTheRequiredResultsCountAndARecordMarkedIncompleteNeedsAReason() {
    post("a", 0, 0, SINCE);
    enriched.add(new EnrichedFact(new DocumentRevision("a", 0), true, true, EnumSet.of(ResultKind.CLASSIFICATION)));
    post("b", 0, 1, SINCE);
    enriched.add(new EnrichedFact(new DocumentRevision("b", 0), false, true, EnumSet.of(ResultKind.CLASSIFICATION)));
    AuditReport report = new Audit(EnumSet.of(ResultKind.CLASSIFICATION)).judge(SINCE, UNTIL, posted, enriched, letters);
    assertThat(verdictOf(report, "a", 0)).isEqualTo(Verdict.OK);
    assertThat(verdictOf(report, "b", 0)).isEqualTo(Verdict.UNEXPLAINED_PARTIAL);
  }

  @Test
  void revisionsAreJudgedApartAndADeadLetterOfOneRevisionExplainsOnlyThatOne() {
    post("r", 0, 0, SINCE);
    post("r", 1, 1, SINCE.plusSeconds(60));
    enrich("r", 0, ALL);
    letters.add(letter("r", 0, "summarizer", TopicNames.NORMALIZED));
    AuditReport report = judge();
    assertThat(verdictOf(report, "r", 0)).isEqualTo(Verdict.OK);
    assertThat(verdictOf(report, "r", 1)).isEqualTo(Verdict.MISSING);
  }

  @Test
  void aDeadLetterWithoutARevisionAccountsForEveryRevisionOfItsId() {
    post("r", 0, 0, SINCE);
    post("r", 1, 1, SINCE);
    letters.add(new DeadLetterFact("r", OptionalLong.empty(), "enricher", "deserialize", TopicNames.EXTRACTIONS, 2, 5));
    AuditReport report = judge();
    assertThat(report.judgements()).extracting(Judgement::verdict).containsExactly(Verdict.OK, Verdict.OK);
  }

  @Test
  void onlyDocumentsPostedInsideTheWindowAreJudgedButEarlierOnesStillPlaceDeadLetters() {
    post("before", 0, 0, SINCE.minusMillis(1));
    post("first", 0, 1, SINCE);
    post("after", 0, 2, UNTIL);
    enrich("first", 0, ALL);
    letters.add(new DeadLetterFact("before", OptionalLong.empty(), "normalizer", "deserialize", TopicNames.DOCUMENTS,
        0, 0));
    AuditReport report = judge();
    assertThat(report.judgements()).extracting(j -> j.document().documentId()).containsExactly("first");
    assertThat(report.clean()).isTrue();
  }

  @Test
  void aRevisionWithoutResultIsSupersededOnlyWhenANewerRevisionWasPostedEvenAfterTheWindow() {
    post("replayed", 0, 0, SINCE);
    post("replayed", 1, 1, SINCE.plusSeconds(5));
    enrich("replayed", 1, ALL);
    post("late-replay", 3, 2, SINCE);
    post("late-replay", 4, 3, UNTIL.plusSeconds(60));
    post("newest-lost", 2, 4, SINCE);
    post("newest-lost", 1, 5, SINCE.minusSeconds(60));
    AuditReport report = judge();

    Judgement replayed = report.judgements().get(0);
    assertThat(replayed.verdict()).isEqualTo(Verdict.SUPERSEDED);
    assertThat(replayed.detail()).contains("revision 1 was posted after it");
    assertThat(verdictOf(report, "replayed", 1)).isEqualTo(Verdict.OK);
    assertThat(verdictOf(report, "late-replay", 3)).isEqualTo(Verdict.SUPERSEDED);
    assertThat(verdictOf(report, "newest-lost", 2)).isEqualTo(Verdict.MISSING);
    assertThat(report.problems()).extracting(j -> j.document().documentId()).containsExactly("newest-lost");
    assertThat(report.counts()).containsEntry(Verdict.SUPERSEDED, 2).containsEntry(Verdict.MISSING, 1);
  }

  @Test
  void anUndecodableRecordIsNotSupersededByTheRevisionsOfItsKey() {
    post("mangled", DocumentRevision.UNKNOWN, 0, SINCE);
    post("mangled", 0, 1, SINCE.plusSeconds(1));
    enrich("mangled", 0, ALL);
    assertThat(verdictOf(judge(), "mangled", DocumentRevision.UNKNOWN)).isEqualTo(Verdict.MISSING);
  }

  @Test
  void aDocumentPostedTwiceUnderOneRevisionIsJudgedOnce() {
    post("again", 0, 0, SINCE);
    post("again", 0, 1, SINCE.plusSeconds(1));
    enrich("again", 0, ALL);
    AuditReport report = judge();
    assertThat(report.judgements()).hasSize(1);
    assertThat(report.clean()).isTrue();
  }

  private AuditReport judge() {
    return new Audit(ALL).judge(SINCE, UNTIL, posted, enriched, letters);
  }

  private void post(String id, long revision, long offset, Instant at) {
    posted.add(new PostedDocument(new DocumentRevision(id, revision), 0, offset, at));
  }

  private void enrich(String id, long revision, Set<ResultKind> results) {
    enriched.add(new EnrichedFact(new DocumentRevision(id, revision), results.containsAll(ALL), true, results));
  }

  private static DeadLetterFact letter(String id, long revision, String service, String sourceTopic) {
    return new DeadLetterFact(id, OptionalLong.of(revision), service, "process:x", sourceTopic, 1, 3);
  }

  private static Verdict verdictOf(AuditReport report, String id, long revision) {
    return report.judgements().stream().filter(j -> j.document().equals(new DocumentRevision(id, revision)))
        .findFirst().orElseThrow().verdict();
  }
}
