package dev.newswire.ingest;

import java.time.Instant;

/**
 * A page as collected, before it is published.
 *
 * @param address the page's URL, or a {@code file:} URI when it has no other
 * @param source how it was collected: file, http, warc
 * @param capturedAt when the copy was made, or null when nothing tells
 * @param capturedAtSource what capturedAt was read from (flag, http, warc), or null
 * @param contentType MIME type with charset, or null
 * @param content the bytes, unchanged
 */
public record CapturedPage(String address, String source, Instant capturedAt, String capturedAtSource,
    String contentType, byte[] content) {}
