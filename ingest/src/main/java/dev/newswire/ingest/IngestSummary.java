package dev.newswire.ingest;

/** What a run of ingest published. */
public record IngestSummary(long published, long bytes, long failed, String firstError, long elapsedMillis) {
  public String describe() {
    String line = String.format("ingest: %,d pages published (%,d bytes) in %.1f s", published, bytes, elapsedMillis / 1000.0);
    return failed == 0 ? line : line + String.format(", %,d failed (first: %s)", failed, firstError);
  }
}
