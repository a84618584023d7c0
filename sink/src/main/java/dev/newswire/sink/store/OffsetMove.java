package dev.newswire.sink.store;

/**
 * Moves a partition's stored offset from {@code expected} (null: no row yet) to {@code next}. The
 * store refuses the move when the stored value is not the expected one: another consumer wrote
 * the partition meanwhile, and this one must re-read its position.
 */
public record OffsetMove(Long expected, long next) {}
