package io.docintel.cli.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/** An audit report as text for people (counts, then the problems) or as one JSON object for scripts. */
public final class ReportFormat {

  private static final ObjectMapper JSON = new ObjectMapper();

  private ReportFormat() {}

  public static String table(AuditReport report, AuditWindow window) {
    StringBuilder out = new StringBuilder();
    out.append("documents posted from ").append(window.since()).append(" to ").append(window.until()).append(": ")
        .append(report.judgements().size()).append(" (document id, revision)\n");
    if (!window.settled()) {
      out.append("(still changing at the timeout: records that were in flight may show as MISSING)\n");
    }
    for (Map.Entry<Verdict, Integer> count : report.counts().entrySet()) {
      out.append(String.format("  %-20s %6d%n", count.getKey(), count.getValue()));
    }
    if (report.clean()) {
      out.append("clean: every document has exactly one enriched record, is accounted for by dead letters, or was superseded by a newer revision\n");
      return out.toString();
    }
    out.append("problems:\n");
    for (Judgement problem : report.problems()) {
      out.append(String.format("  %-20s %s: %s%n", problem.verdict(), problem.document(), problem.detail()));
    }
    return out.toString();
  }

  public static String json(AuditReport report, AuditWindow window) {
    ObjectNode root = JSON.createObjectNode();
    root.put("since", window.since().toString());
    root.put("until", window.until().toString());
    root.put("settled", window.settled());
    root.put("clean", report.clean());
    ObjectNode counts = root.putObject("counts");
    report.counts().forEach((verdict, count) -> counts.put(verdict.name(), count));
    ArrayNode documents = root.putArray("documents");
    for (Judgement judgement : report.judgements()) {
      ObjectNode document = documents.addObject();
      document.put("documentId", judgement.document().documentId());
      if (judgement.document().revision() == DocumentRevision.UNKNOWN) {
        document.putNull("revision");
      } else {
        document.put("revision", judgement.document().revision());
      }
      document.put("verdict", judgement.verdict().name());
      document.put("detail", judgement.detail());
    }
    return root.toPrettyString();
  }
}
