#!/usr/bin/python3
"""An independent consumer: Confluent's own Python client reads newswire's topics through the registry.

Shows that what newswire writes is plain Confluent wire format that any Confluent-compatible consumer can
decode: every record of every topic is read (read-committed) and its value decoded by Confluent's
deserializer; one record that does not decode ends the run with exit 1. Needs Debian's
python3-confluent-kafka, python3-avro and python3-requests.

    ./newswire run --keep-running --kafka-port 19092 --registry-port 18081 PAGES...   # in one terminal
    scripts/read-topics.py 127.0.0.1:19092 http://127.0.0.1:18081/apis/ccompat/v7     # in another
"""
import json
import sys
import time
import uuid

from confluent_kafka import Consumer, TopicPartition
from confluent_kafka.avro import CachedSchemaRegistryClient
from confluent_kafka.avro.serializer.message_serializer import MessageSerializer

TOPICS = ["newswire.pages.raw", "newswire.articles", "newswire.teasers", "newswire.pages.parsed",
          "newswire.dead-letters"]


def read_all(bootstrap, values_serde, topic, timeout=120):
    """Every (key, value) of the topic up to its end when called. Keys are plain UTF-8 strings."""
    consumer = Consumer({
        "bootstrap.servers": bootstrap,
        "group.id": "newswire-interop-" + uuid.uuid4().hex,
        "auto.offset.reset": "earliest",
        "isolation.level": "read_committed",
        "enable.auto.commit": False,
    })
    try:
        metadata = consumer.list_topics(topic, timeout=10)
        if topic not in metadata.topics or metadata.topics[topic].error is not None:
            return []
        ends = {}
        for p in metadata.topics[topic].partitions:
            low, high = consumer.get_watermark_offsets(TopicPartition(topic, p), timeout=10)
            if high > low:  # an empty partition has nothing to wait for
                ends[p] = high
        partitions = [TopicPartition(topic, p, 0) for p in ends]
        consumer.assign(partitions)
        values, deadline = [], time.monotonic() + timeout
        # The position, not the last offset read, says when a partition is done: transaction markers
        # take offsets too, and the position moves past them.
        while partitions and any(p.offset < ends[p.partition] for p in consumer.position(partitions)):
            if time.monotonic() > deadline:
                raise SystemExit("error: %s not read to its end in %d s" % (topic, timeout))
            message = consumer.poll(1)
            if message is None:
                continue
            if message.error():
                raise SystemExit("error: %s: %s" % (topic, message.error()))
            try:
                value = values_serde.decode_message(message.value())
            except Exception as e:  # any failure to decode is the finding this consumer exists for
                raise SystemExit("error: %s partition %d offset %d does not decode: %s"
                                 % (topic, message.partition(), message.offset(), e))
            values.append((message.key().decode("utf-8"), value))
        return values
    finally:
        consumer.close()


def main():
    if len(sys.argv) != 3:
        raise SystemExit("usage: read-topics.py BOOTSTRAP_SERVERS REGISTRY_URL")
    bootstrap, registry = sys.argv[1], sys.argv[2]
    values_serde = MessageSerializer(CachedSchemaRegistryClient({"url": registry}))
    records = {topic: read_all(bootstrap, values_serde, topic) for topic in TOPICS}
    articles, teasers = records["newswire.articles"], records["newswire.teasers"]
    print(json.dumps({
        "records": {topic: len(values) for topic, values in records.items()},
        "articles": len(articles),
        "teasers": len(teasers),
        "distinct_teaser_ids": len({key for key, _ in teasers}),
        "published": sorted({value["published"] for _, value in articles if value["published"]}),
        "published_sources": sorted({value["published_source"] for _, value in articles if value["published_source"]}),
        "teaser_dates": sorted({value["date"] for _, value in teasers if value["date"]}),
        "keys_match_ids": all(key == value["id"] for key, value in articles + teasers),
        "dead_letter_stages": sorted({value["stage"] for _, value in records["newswire.dead-letters"]}),
    }, indent=2))


if __name__ == "__main__":
    main()
