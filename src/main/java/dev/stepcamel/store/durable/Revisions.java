package dev.stepcamel.store.durable;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepcamel.asl.parse.DefinitionParser;
import dev.stepcamel.data.Json;
import dev.stepcamel.runtime.DeployedMachine;
import dev.stepcamel.runtime.MachineType;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Every machine version that a stored machine or execution refers to, journaled once under a
 * sequence number. Versions read back get the route key {@code r<seq>}, which the engine's own
 * keys never take.
 */
final class Revisions {
    private final Journal journal;
    private final Map<String, Long> seqByRouteKey = new ConcurrentHashMap<>();
    private final Map<Long, DeployedMachine> bySeq = new ConcurrentHashMap<>();
    private final AtomicLong next = new AtomicLong();

    Revisions(Journal journal) {
        this.journal = journal;
    }

    /** The version's sequence number, journaling it first if it is new. */
    long seqOf(DeployedMachine machine) {
        return seqByRouteKey.computeIfAbsent(machine.routeKey(), key -> {
            long seq = next.incrementAndGet();
            bySeq.put(seq, machine);
            journal.append(Records.framed(0, out -> {
                out.writeStringField("t", "R");
                out.writeNumberField("q", seq);
                out.writeStringField("arn", machine.arn());
                out.writeStringField("name", machine.name());
                out.writeStringField("type", machine.type().name());
                out.writeStringField("def", machine.definitionText());
                out.writeStringField("role", machine.roleArn());
                out.writeNumberField("at", machine.createdAt().toEpochMilli());
            }));
            return seq;
        });
    }

    DeployedMachine bySeq(long seq) {
        DeployedMachine machine = bySeq.get(seq);
        if (machine == null) {
            throw new IllegalStateException("the journal names machine version " + seq + " but never stored it");
        }
        return machine;
    }

    /** Reads an {@code R} record back. */
    void restore(JsonNode record) {
        long seq = record.get("q").asLong();
        String text = record.get("def").asText();
        try {
            DeployedMachine machine = new DeployedMachine(record.get("arn").asText(), record.get("name").asText(),
                    MachineType.valueOf(record.get("type").asText()), text, DefinitionParser.parse(Json.parse(text)),
                    Records.text(record, "role"), Instant.ofEpochMilli(record.get("at").asLong()), "r" + seq);
            bySeq.put(seq, machine);
            seqByRouteKey.put(machine.routeKey(), seq);
            next.accumulateAndGet(seq, Math::max);
        } catch (Exception e) {
            throw new IllegalStateException("cannot read back the definition of machine version " + seq + ": "
                    + e.getMessage(), e);
        }
    }
}
