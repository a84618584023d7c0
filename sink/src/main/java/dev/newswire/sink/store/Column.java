package dev.newswire.sink.store;

/** A column of rows bound at once ({@link Dialect#rowsFrom}), with the type its values are bound as. */
record Column(String name, Type type) {
  /** How a value is bound: TEXT, DATE and JSON from a String, INTEGER from an Integer, TIMESTAMP from an Instant. */
  enum Type { TEXT, INTEGER, BOOLEAN, TIMESTAMP, DATE, JSON }

  static Column text(String name) {
    return new Column(name, Type.TEXT);
  }

  static Column of(String name, Type type) {
    return new Column(name, type);
  }
}
