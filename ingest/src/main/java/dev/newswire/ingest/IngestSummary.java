package dev.newswire.ingest;

/**
 * What a run of ingest published.
 *
 * @param rejected inputs refused or dead-lettered (unreadable, broken, over the limit), each reported
 * @param failed pages the broker did not take
 */
public record IngestSummary(long published, long bytes, long rejected, long failed, String firstError, long elapsedMillis) {
  public String describe() {
    String line = String.format("ingest: %,d pages published (%,d bytes) in %.1f s", published, bytes, elapsedMillis / 1000.0);
    if (rejected > 0) {
      line += String.format(", %,d %s rejected (dead-lettered)", rejected, rejected == 1 ? "input" : "inputs");
    }
    return failed == 0 ? line : line + String.format(", %,d failed (first: %s)", failed, firstError);
  }
}
