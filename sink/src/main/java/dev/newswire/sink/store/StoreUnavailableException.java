package dev.newswire.sink.store;

/** The database cannot be reached or is busy; the same work may succeed later. */
public class StoreUnavailableException extends RuntimeException {
  public StoreUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
