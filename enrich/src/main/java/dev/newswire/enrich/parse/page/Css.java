package dev.newswire.enrich.parse.page;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * CSS queries parsed once: jsoup parses a query string again at every {@code select("...")}, which was a tenth of
 * a kcna.kp page's parse. jsoup's evaluators keep their per-call state per thread, so one may serve all threads.
 */
public final class Css {
  private static final Map<String, Evaluator> PARSED = new ConcurrentHashMap<>();

  private Css() {
  }

  public static Evaluator of(String query) {
    return PARSED.computeIfAbsent(query, QueryParser::parse);
  }
}
