package dev.newswire.enrich;

/** The outputs of the page splitter, each a sink node of the topology writing to one topic. */
enum PageOutput {
  ARTICLES("articles"),
  TEASERS("teasers"),
  PAGES_PARSED("pages-parsed"),
  DEAD_LETTERS("dead-letters");

  final String node;

  PageOutput(String node) {
    this.node = node;
  }
}
