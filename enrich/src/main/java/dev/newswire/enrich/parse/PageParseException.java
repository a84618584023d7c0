package dev.newswire.enrich.parse;

/** A page could not be parsed. */
public class PageParseException extends Exception {
  public PageParseException(String message) {
    super(message);
  }

  public PageParseException(String message, Throwable cause) {
    super(message, cause);
  }
}
