package io.docintel.cli.audit;

import java.util.List;

/** Everything the audit read, and whether reading settled before the timeout. */
record AuditInput(List<PostedDocument> posted, List<EnrichedFact> enriched, List<DeadLetterFact> deadLetters,
    boolean settled) {}
