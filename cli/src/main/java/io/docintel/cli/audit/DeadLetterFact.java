package io.docintel.cli.audit;

import java.util.OptionalLong;

/**
 * A record of a {@code docintel.<service>.dlq.v1} topic as the audit sees it: the document id
 * (its key), the revision when the original value could be decoded, the service and stage that
 * gave up, and the coordinates of the record it gave up on.
 */
public record DeadLetterFact(String documentId, OptionalLong revision, String service, String stage,
    String sourceTopic, int sourcePartition, long sourceOffset) {}
