package dev.newswire.enrich.parse;

/** No known layout matches the page. */
public class UnrecognisedPageException extends PageParseException {
  public UnrecognisedPageException(String message) {
    super(message);
  }
}
