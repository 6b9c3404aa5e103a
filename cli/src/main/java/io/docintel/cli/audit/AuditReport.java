package io.docintel.cli.audit;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The verdict on every document revision of the audit window, in the order they were posted. */
public record AuditReport(List<Judgement> judgements) {

  public AuditReport {
    judgements = List.copyOf(judgements);
  }

  /** How many document revisions got each verdict; every verdict is present, zero or not. */
  public Map<Verdict, Integer> counts() {
    Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
    for (Verdict verdict : Verdict.values()) {
      counts.put(verdict, 0);
    }
    judgements.forEach(judgement -> counts.merge(judgement.verdict(), 1, Integer::sum));
    return counts;
  }

  /** The judgements whose verdict is a {@link Verdict#problem() problem}. */
  public List<Judgement> problems() {
    return judgements.stream().filter(judgement -> judgement.verdict().problem()).toList();
  }

  public boolean clean() {
    return problems().isEmpty();
  }
}
