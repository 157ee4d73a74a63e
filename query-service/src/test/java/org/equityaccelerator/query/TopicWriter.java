package org.equityaccelerator.query;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.equityaccelerator.events.CloudEventCodec;
import org.equityaccelerator.events.EventEnvelope;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;

/** Publishes events to a topic as the command side does: CloudEvents keyed by aggregate id, acks=all. */
public final class TopicWriter implements AutoCloseable {
    private final KafkaProducer<String, String> producer;
    private final String topic;
    private final CloudEventCodec codec = new CloudEventCodec();

    public TopicWriter(String bootstrapServers, String topic) throws Exception {
        this.topic = topic;
        org.equityaccelerator.infra.LocalInfra.shared().createTopic(topic, 3);
        producer = new KafkaProducer<>(Map.of("bootstrap.servers", bootstrapServers, "acks", "all",
                "enable.idempotence", true, "linger.ms", 5,
                "key.serializer", StringSerializer.class.getName(),
                "value.serializer", StringSerializer.class.getName()));
    }

    public void write(List<EventEnvelope> events) throws Exception {
        List<Future<?>> sends = new ArrayList<>();
        for (EventEnvelope e : events) {
            sends.add(producer.send(new ProducerRecord<>(topic, e.subject(), codec.encode(e))));
        }
        for (Future<?> send : sends) {
            send.get();
        }
    }

    public void writeRaw(String key, String value) throws Exception {
        producer.send(new ProducerRecord<>(topic, key, value)).get();
    }

    @Override
    public void close() {
        producer.close();
    }
}
