#!/usr/bin/env python3
"""An independent consumer: Confluent's own Python client reads newswire's topics through the registry.

Shows that what newswire writes is plain Confluent wire format that any Confluent-compatible consumer can
decode. Needs Debian's python3-confluent-kafka and python3-avro.

    ./newswire run --keep-running --kafka-port 19092 --registry-port 18081 PAGES...   # in one terminal
    scripts/read-topics.py 127.0.0.1:19092 http://127.0.0.1:18081/apis/ccompat/v7     # in another
"""
import json
import sys
import uuid

from confluent_kafka import Consumer, TopicPartition
from confluent_kafka.avro import CachedSchemaRegistryClient
from confluent_kafka.avro.serializer.message_serializer import MessageSerializer


def read_all(bootstrap, registry, topic):
    # Keys are plain UTF-8 strings; values are decoded by Confluent's own wire-format deserializer.
    values_serde = MessageSerializer(CachedSchemaRegistryClient({"url": registry}))
    consumer = Consumer({
        "bootstrap.servers": bootstrap,
        "group.id": "newswire-interop-" + uuid.uuid4().hex,
        "auto.offset.reset": "earliest",
        "isolation.level": "read_committed",
        "enable.auto.commit": False,
    })
    metadata = consumer.list_topics(topic, timeout=10)
    partitions = [TopicPartition(topic, p) for p in metadata.topics[topic].partitions]
    ends = {p.partition: consumer.get_watermark_offsets(p, timeout=10)[1] for p in partitions}
    consumer.assign([TopicPartition(topic, p.partition, 0) for p in partitions])
    values, done = [], {p for p, end in ends.items() if end == 0}
    while len(done) < len(ends):
        message = consumer.poll(5)
        if message is None:
            break
        if message.error():
            raise SystemExit("error: %s" % message.error())
        values.append((message.key().decode("utf-8"), values_serde.decode_message(message.value())))
        if message.offset() + 1 >= ends[message.partition()] - 1:
            done.add(message.partition())
    consumer.close()
    return values


def main():
    bootstrap, registry = sys.argv[1], sys.argv[2]
    articles = read_all(bootstrap, registry, "newswire.articles")
    teasers = read_all(bootstrap, registry, "newswire.teasers")
    print(json.dumps({
        "articles": len(articles),
        "teasers": len(teasers),
        "distinct_teaser_ids": len({key for key, _ in teasers}),
        "published": sorted({value["published"] for _, value in articles if value["published"]}),
        "published_sources": sorted({value["published_source"] for _, value in articles if value["published_source"]}),
        "teaser_dates": sorted({value["date"] for _, value in teasers if value["date"]}),
        "keys_match_ids": all(key == value["id"] for key, value in articles + teasers),
    }, indent=2))


if __name__ == "__main__":
    main()
