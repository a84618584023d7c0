package dev.newswire.enrich.parse;

/** The site layouts (and eras) the parser knows; each has exactly one parser. */
public enum PageLayout {
  /** Text copy of a kcna.kp item made by KCNA Watch, with its teaser block. */
  KCNA_WATCH_TEXT,
  /** kcna.kp article HTML from the publish-time footer era (about 2019 to mid 2026). */
  KCNA_KP_ARTICLE,
  /** kcna.kp list page of the same era ({@code ul.article-link}). */
  KCNA_KP_LIST,
  /** kcna.kp article after the mid-2026 redesign: no date on the page. */
  KCNA_KP_REDESIGN_ARTICLE,
  /** kcna.kp list page after the redesign ({@code div.article > h5.block}). */
  KCNA_KP_REDESIGN_LIST,
  /** The old Japan mirror kcna.co.jp: several articles per page. */
  KCNA_CO_JP,
  /** Rodong Sinmun English article page. */
  RODONG_ARTICLE,
  /** Rodong Sinmun English list page. */
  RODONG_LIST,
  /** Uriminzokkiri English page. */
  URIMINZOKKIRI
}
