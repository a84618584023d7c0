package dev.newswire.sink.store;

/**
 * A record that will not be stored: it could not be read, or the database refused it.
 * {@code address}: the page it came from, when known.
 */
public record Rejected(Source source, String address, String reason, Throwable error) {

  static Rejected of(Source source, String address, Throwable error) {
    String message = error.getMessage();
    return new Rejected(source, address, message == null ? error.getClass().getSimpleName() : message, error);
  }
}
