package io.docintel.drift.window;

/**
 * What a window or reference keeps and how documents are sorted while it does.
 *
 * @param confidences most top-label confidences kept for the KS statistic (the first ones)
 * @param embeddings most embeddings kept for MMD (the first ones); every embedding counts
 *     towards the centroid
 * @param lowConfidence a top-label confidence below this is "low"
 * @param shortDocumentTokens a document with fewer tokens is "empty or short"
 */
public record SampleLimits(int confidences, int embeddings, double lowConfidence, int shortDocumentTokens) {}
