package dev.newswire.enrich.parse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/** Test helpers: load fixtures and parse them. */
public final class Pages {
  private static final PageParser PARSER = new PageParser();

  private Pages() {
  }

  public static byte[] resource(String path) {
    try (InputStream in = Pages.class.getResourceAsStream("/" + path)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static ParsedPage parse(String path, String address, String contentType, LocalDate captureDate)
      throws PageParseException {
    return PARSER.parse(new PageInput(address, resource(path), contentType, captureDate));
  }

  public static ParsedPage parseText(String text, String address, LocalDate captureDate) throws PageParseException {
    return PARSER.parse(new PageInput(address, text.getBytes(StandardCharsets.UTF_8),
        "text/plain; charset=utf-8", captureDate));
  }

  public static ParsedPage parseHtml(String html, String address, LocalDate captureDate) throws PageParseException {
    return PARSER.parse(new PageInput(address, html.getBytes(StandardCharsets.UTF_8),
        "text/html; charset=utf-8", captureDate));
  }
}
