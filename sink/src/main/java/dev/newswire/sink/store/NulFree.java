package dev.newswire.sink.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.IndexedRecord;

/**
 * Events without U+0000 in any string. PostgreSQL refuses the character in text and in JSON, so an
 * article carrying one was dead-lettered there and kept by SQLite; it is never part of what a page
 * says, so every store drops it alike, here, before any row is made.
 */
final class NulFree {
  private NulFree() {}

  /** Strips the record in place (the sink's own copy, just read) and returns it. */
  static <T extends IndexedRecord> T strip(T record) {
    for (Schema.Field field : record.getSchema().getFields()) {
      Object value = record.get(field.pos());
      Object clean = clean(value);
      if (clean != value) {
        record.put(field.pos(), clean);
      }
    }
    return record;
  }

  private static Object clean(Object value) {
    if (value instanceof CharSequence text) {
      String s = text.toString();
      return s.indexOf('\0') < 0 ? value : s.replace("\0", "");
    }
    if (value instanceof IndexedRecord record) {
      return strip(record);
    }
    if (value instanceof List<?> list) {
      List<Object> out = new ArrayList<>(list.size());
      boolean changed = false;
      for (Object item : list) {
        Object clean = clean(item);
        changed |= clean != item;
        out.add(clean);
      }
      return changed ? out : value;
    }
    if (value instanceof Map<?, ?> map) {
      Map<Object, Object> out = new LinkedHashMap<>();
      boolean changed = false;
      for (Map.Entry<?, ?> e : map.entrySet()) {
        Object key = clean(e.getKey());
        Object clean = clean(e.getValue());
        changed |= key != e.getKey() || clean != e.getValue();
        out.put(key, clean);
      }
      return changed ? out : value;
    }
    return value;
  }
}
