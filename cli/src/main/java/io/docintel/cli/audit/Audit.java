package io.docintel.cli.audit;

import io.docintel.common.topic.TopicNames;
import io.docintel.enricher.join.ResultKind;
import io.docintel.normalizer.NormalizerApp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Judges every document revision posted in a time window against what came out: exactly one
 * enriched record, or dead letters that account for it. Pure: it is handed what was read.
 *
 * <p>A dead letter is tied to a document revision by the coordinates of the record it gave up on
 * when that is a posted document, else by the revision in its original value, else (the value
 * could not be decoded) to every revision of its document id. A revision without either is
 * superseded, not missing, when a newer revision of the document was posted (at any time).
 */
public final class Audit {

  private final Set<ResultKind> required;

  /** {@code required}: the results an enriched record must hold to be whole (the enricher's setting). */
  public Audit(Set<ResultKind> required) {
    this.required = Set.copyOf(required);
  }

  /**
   * The report on the documents of {@code posted} whose record timestamp lies in
   * [{@code since}, {@code until}); {@code posted} may hold others, which only help to place dead
   * letters.
   */
  public AuditReport judge(Instant since, Instant until, List<PostedDocument> posted, List<EnrichedFact> enriched,
      List<DeadLetterFact> deadLetters) {
    Set<DocumentRevision> judged = new LinkedHashSet<>();
    for (PostedDocument document : posted) {
      if (!document.timestamp().isBefore(since) && document.timestamp().isBefore(until)) {
        judged.add(document.document());
      }
    }
    Map<DocumentRevision, List<EnrichedFact>> results = new LinkedHashMap<>();
    enriched.forEach(fact -> results.computeIfAbsent(fact.document(), key -> new ArrayList<>()).add(fact));
    Map<DocumentRevision, List<DeadLetterFact>> letters = place(judged, posted, deadLetters);
    Map<String, Long> newestRevision = new HashMap<>();
    posted.forEach(document -> newestRevision.merge(document.document().documentId(), document.document().revision(),
        Math::max));
    List<Judgement> judgements = new ArrayList<>();
    for (DocumentRevision document : judged) {
      Judgement judgement = judge(document, results.getOrDefault(document, List.of()),
          letters.getOrDefault(document, List.of()));
      long newest = newestRevision.get(document.documentId());
      boolean superseded = judgement.verdict() == Verdict.MISSING && document.revision() != DocumentRevision.UNKNOWN
          && newest > document.revision();
      judgements.add(superseded
          ? new Judgement(document, Verdict.SUPERSEDED, "no enriched record; revision " + newest + " was posted after it")
          : judgement);
    }
    return new AuditReport(judgements);
  }

  private Judgement judge(DocumentRevision document, List<EnrichedFact> results, List<DeadLetterFact> letters) {
    boolean normalizerGaveUp = letters.stream().anyMatch(letter -> letter.service().equals(NormalizerApp.SERVICE));
    if (results.size() > 1) {
      return new Judgement(document, Verdict.DUPLICATE, results.size() + " enriched records");
    }
    if (results.isEmpty()) {
      return letters.isEmpty()
          ? new Judgement(document, Verdict.MISSING, "no enriched record and no dead letter")
          : new Judgement(document, Verdict.OK, "dead-lettered by " + services(letters));
    }
    if (normalizerGaveUp) {
      return new Judgement(document, Verdict.DUPLICATE, "enriched and dead-lettered by the normalizer");
    }
    EnrichedFact result = results.get(0);
    Set<Part> missing = missing(result);
    if (missing.isEmpty()) {
      return result.complete()
          ? new Judgement(document, Verdict.OK, "enriched")
          : new Judgement(document, Verdict.UNEXPLAINED_PARTIAL, "marked incomplete, though every required part is there");
    }
    Set<Part> unexplained = EnumSet.noneOf(Part.class);
    for (Part part : missing) {
      if (letters.stream().noneMatch(part::explainedBy)) {
        unexplained.add(part);
      }
    }
    return unexplained.isEmpty()
        ? new Judgement(document, Verdict.OK, "enriched without " + labels(missing) + ", dead-lettered by "
            + services(letters))
        : new Judgement(document, Verdict.UNEXPLAINED_PARTIAL, "enriched without " + labels(missing)
            + "; no dead letter explains " + labels(unexplained));
  }

  private Set<Part> missing(EnrichedFact result) {
    Set<Part> missing = EnumSet.noneOf(Part.class);
    if (!result.normalized()) {
      missing.add(Part.NORMALIZED);
    }
    for (ResultKind kind : required) {
      if (!result.results().contains(kind)) {
        missing.add(Part.of(kind));
      }
    }
    return missing;
  }

  /** Each dead letter under the judged document revisions it accounts for. */
  private static Map<DocumentRevision, List<DeadLetterFact>> place(Set<DocumentRevision> judged,
      List<PostedDocument> posted, List<DeadLetterFact> deadLetters) {
    Map<String, DocumentRevision> byCoordinates = new LinkedHashMap<>();
    posted.forEach(document -> byCoordinates.put(document.partition() + "@" + document.offset(), document.document()));
    Map<DocumentRevision, List<DeadLetterFact>> placed = new LinkedHashMap<>();
    for (DeadLetterFact letter : deadLetters) {
      DocumentRevision source = TopicNames.DOCUMENTS.equals(letter.sourceTopic())
          ? byCoordinates.get(letter.sourcePartition() + "@" + letter.sourceOffset())
          : null;
      List<DocumentRevision> targets;
      if (source != null) {
        targets = List.of(source);
      } else if (letter.revision().isPresent()) {
        targets = List.of(new DocumentRevision(letter.documentId(), letter.revision().getAsLong()));
      } else {
        targets = judged.stream().filter(document -> document.documentId().equals(letter.documentId())).toList();
      }
      targets.forEach(target -> placed.computeIfAbsent(target, key -> new ArrayList<>()).add(letter));
    }
    return placed;
  }

  private static String services(List<DeadLetterFact> letters) {
    return String.join(", ", letters.stream().map(letter -> letter.service() + " (" + letter.stage() + ")")
        .collect(Collectors.toCollection(TreeSet::new)));
  }

  private static String labels(Set<Part> parts) {
    return parts.stream().map(Part::label).collect(Collectors.joining(", "));
  }
}
