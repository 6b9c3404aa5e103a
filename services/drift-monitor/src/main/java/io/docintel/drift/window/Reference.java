package io.docintel.drift.window;

/**
 * A model's reference: the statistics of its first observations, and the reset generation it was
 * built under (0 before any reset). A reset request with another generation replaces it.
 */
public record Reference(long generation, WindowStats stats) {}
