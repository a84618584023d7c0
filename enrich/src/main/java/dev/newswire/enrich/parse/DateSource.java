package dev.newswire.enrich.parse;

/** Where on (or around) a page a date was read. See {@link dev.newswire.enrich.parse.date.DatePrecedence}. */
public enum DateSource {
  /** kcna.kp publish-time footer, {@code www.kcna.kp (Juche112.12.4.)} or {@code (2025.04.22.)}. */
  FOOTER,
  /** KCNA Watch header {@code Date: DD/MM/YYYY}. */
  HEADER,
  /** Dateline {@code Pyongyang, December 4 (KCNA) --}, year taken from a reference date. */
  DATELINE,
  /** Date carried by the page address (kcna.co.jp paths, Rodong newsID). */
  ADDRESS,
  /** kcna.co.jp {@code calendar>>October 8. 2016 Juche 105} line. */
  CALENDAR_LINE,
  /** The date printed next to an item on a list page. */
  LIST,
  /** Rodong Sinmun {@code div.ArticleMenuDate}. */
  RODONG_HEADER,
  /** When the page was captured: a lower bound for nothing, a fallback only where the layout has no date. */
  CAPTURE_TIME
}
