package io.docintel.cli.audit;

import java.time.Duration;
import java.time.Instant;

/** What an audit covered: documents posted in [since, until), read until settled (or not) for {@code settle}. */
public record AuditWindow(Instant since, Instant until, Duration settle, boolean settled) {}
