package dev.newswire.sink.store;

/** A record that will not be stored: it could not be read, or the database refused it. */
public record Rejected(Source source, String reason, Throwable error) {

  static Rejected of(Source source, Throwable error) {
    String message = error.getMessage();
    return new Rejected(source, message == null ? error.getClass().getSimpleName() : message, error);
  }
}
