package io.docintel.cli.audit;

import java.time.Instant;

/** A record of {@code docintel.documents.v1}: which document revision it posted, where and when. */
public record PostedDocument(DocumentRevision document, int partition, long offset, Instant timestamp) {}
