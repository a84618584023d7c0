package dev.newswire.enrich.parse;

/** The site layouts (and eras) the parser knows; each has exactly one parser. */
public enum PageLayout {
  /** Text copy of a KCNA-family item made by KCNA Watch (whatever outlet it copied), with its teaser block. */
  KCNA_WATCH_TEXT,
  /** kcna.kp article from the publish-time footer era (about 2019 to mid 2026), as HTML or a text rendering. */
  KCNA_KP_ARTICLE,
  /** kcna.kp list page of the same era ({@code ul.article-link}). */
  KCNA_KP_LIST,
  /** kcna.kp article after the mid-2026 redesign: no date on the page. */
  KCNA_KP_REDESIGN_ARTICLE,
  /** kcna.kp list page after the redesign ({@code div.article > h5.block}). */
  KCNA_KP_REDESIGN_LIST,
  /** The old Japan mirror kcna.co.jp: several articles per page, or a day index of headlines. */
  KCNA_CO_JP,
  /** Rodong Sinmun English article page. */
  RODONG_ARTICLE,
  /** Rodong Sinmun English list page (HTML, or a text rendering of bare headlines). */
  RODONG_LIST,
  /** Uriminzokkiri English page. */
  URIMINZOKKIRI
}
