package io.docintel.cli.audit;

/** The verdict on one document revision and, in a few words, why. */
public record Judgement(DocumentRevision document, Verdict verdict, String detail) {}
