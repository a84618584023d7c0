package dev.newswire.schemas;

import org.apache.kafka.common.serialization.Serde;

/** A topic with its key and value types, declared once in {@link Topics} and used by every service. */
public record Topic<K, V>(String name, Serde<K> keySerde, Serde<V> valueSerde) {}
