package dev.stepcamel.store.durable;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.POJONode;
import dev.stepcamel.compile.Checkpoint;
import dev.stepcamel.data.Json;
import dev.stepcamel.data.JsonText;
import dev.stepcamel.runtime.HistoryEvent;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The journal's record payloads, as compact JSON. {@code t} names the kind: {@code R} a machine
 * revision, {@code M} a machine's revisions, {@code D} a deleted machine, {@code S} a started
 * execution, {@code E} history events with a checkpoint, {@code P} a purged execution (task
 * tokens and activities have their own kinds, in {@link TokenRecords}). State
 * inputs and outputs held as {@link JsonText} are written as trees under a {@code ~}-prefixed
 * name and read back as {@link JsonText}, so that history text is only made when it is read.
 * A checkpoint's assigned variables are those its StateExited event shows as {@code
 * assignedVariables}, so they are written once, with the event ({@code va}).
 */
final class Records {
    private Records() {
    }

    interface Writer {
        void write(JsonGenerator out) throws IOException;
    }

    /** A record framed for the journal under {@code key}, encoded in a buffer each thread reuses. */
    static byte[] framed(long key, Writer writer) {
        Buffer buffer = BUFFERS.get();
        buffer.reset();
        try (JsonGenerator out = Json.MAPPER.getFactory().createGenerator(buffer)) {
            out.writeStartObject();
            writer.write(out);
            out.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Journal.frame(key, buffer.bytes(), buffer.size());
    }

    private static final ThreadLocal<Buffer> BUFFERS = ThreadLocal.withInitial(Buffer::new);

    /** A byte stream whose array can be read without a copy. */
    private static final class Buffer extends ByteArrayOutputStream {
        Buffer() {
            super(4096);
        }

        byte[] bytes() {
            return buf;
        }
    }

    static JsonNode decode(byte[] payload) {
        try {
            return Json.MAPPER.readTree(payload);
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable journal record", e);
        }
    }

    static void events(JsonGenerator out, List<HistoryEvent> events, Checkpoint checkpoint) throws IOException {
        out.writeStringField("t", "E");
        if (!events.isEmpty()) {
            out.writeArrayFieldStart("ev");
            for (HistoryEvent event : events) {
                out.writeStartObject();
                out.writeNumberField("i", event.id());
                if (event.previousEventId() != event.id() - 1) {
                    out.writeNumberField("p", event.previousEventId());
                }
                out.writeNumberField("ts", event.timestamp().toEpochMilli());
                out.writeStringField("y", event.type());
                if (event.details() != null) {
                    out.writeFieldName("d");
                    details(out, event.details());
                }
                out.writeEndObject();
            }
            out.writeEndArray();
        }
        if (checkpoint != null) {
            out.writeFieldName("cp");
            checkpoint(out, checkpoint, events.isEmpty() ? null : events.get(events.size() - 1).details());
        }
    }

    /**
     * The field of the event's details holding the checkpoint's data itself (a StateExited's
     * output is the body the next state gets), so it is written once: {@code null} when none does.
     */
    private static String sharedField(ObjectNode details, JsonNode data) {
        if (details == null || data == null) {
            return null;
        }
        for (String field : SHARED) {
            if (details.get(field) instanceof POJONode pojo && pojo.getPojo() instanceof JsonText text
                    && text.node() == data) {
                return field;
            }
        }
        return null;
    }

    private static final String[] SHARED = {"output", "input"};

    private static void details(JsonGenerator out, ObjectNode details) throws IOException {
        out.writeStartObject();
        for (Iterator<Map.Entry<String, JsonNode>> it = details.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> field = it.next();
            if (field.getValue() instanceof POJONode pojo && pojo.getPojo() instanceof JsonText text) {
                out.writeFieldName("~" + field.getKey());
                out.writeTree(text.node());
            } else {
                out.writeFieldName(field.getKey());
                out.writeTree(field.getValue());
            }
        }
        out.writeEndObject();
    }

    private static void checkpoint(JsonGenerator out, Checkpoint cp, ObjectNode lastDetails) throws IOException {
        out.writeStartObject();
        out.writeStringField("f", cp.frame());
        out.writeStringField("k", cp.kind().name());
        if (cp.state() != null) {
            out.writeStringField("s", cp.state());
        }
        String shared = sharedField(lastDetails, cp.data());
        if (shared != null) {
            out.writeStringField("dr", shared);
        } else if (cp.data() != null) {
            out.writeFieldName("d");
            out.writeTree(cp.data());
        }
        if (cp.retries() != null && cp.retries().length > 0) {
            out.writeArrayFieldStart("r");
            for (int r : cp.retries()) {
                out.writeNumber(r);
            }
            out.writeEndArray();
        }
        if (cp.due() != null) {
            out.writeNumberField("u", cp.due().toEpochMilli());
        }
        if (cp.assigned() != null && !cp.assigned().isEmpty()) {
            if (sameAssigned(lastDetails, cp.assigned())) {
                out.writeNumberField("va", 1);
            } else {
                out.writeFieldName("v");
                out.writeTree(cp.assigned());
            }
        }
        if (cp.error() != null) {
            out.writeStringField("e", cp.error());
        }
        if (cp.cause() != null) {
            out.writeStringField("c", cp.cause());
        }
        out.writeEndObject();
    }

    /** Whether the event's {@code assignedVariables} (each value as JSON text) are {@code assigned}. */
    private static boolean sameAssigned(ObjectNode details, ObjectNode assigned) {
        JsonNode shown = details == null ? null : details.get("assignedVariables");
        if (shown == null || shown.size() != assigned.size()) {
            return false;
        }
        for (Iterator<String> names = assigned.fieldNames(); names.hasNext();) {
            if (!shown.has(names.next())) {
                return false;
            }
        }
        return true;
    }

    private static ObjectNode assigned(JsonNode node, HistoryEvent last) {
        if (node.has("v")) {
            return (ObjectNode) node.get("v");
        }
        if (!node.has("va")) {
            return null;
        }
        ObjectNode assigned = Json.MAPPER.createObjectNode();
        for (Map.Entry<String, JsonNode> shown : last.details().get("assignedVariables").properties()) {
            try {
                assigned.set(shown.getKey(), Json.parse(shown.getValue().asText()));
            } catch (IOException e) {
                throw new UncheckedIOException("unreadable assigned variable in the journal", e);
            }
        }
        return assigned;
    }

    static HistoryEvent event(JsonNode node) {
        long id = node.get("i").asLong();
        long previous = node.has("p") ? node.get("p").asLong() : id - 1;
        ObjectNode details = null;
        if (node.has("d")) {
            details = Json.MAPPER.createObjectNode();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.get("d").fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> field = it.next();
                if (field.getKey().startsWith("~")) {
                    details.putPOJO(field.getKey().substring(1), new JsonText(field.getValue()));
                } else {
                    details.set(field.getKey(), field.getValue());
                }
            }
        }
        return new HistoryEvent(id, previous, Instant.ofEpochMilli(node.get("ts").asLong()), node.get("y").asText(),
                details);
    }

    /** @param last the entry's last event, whose details may hold the checkpoint's data */
    static Checkpoint checkpoint(JsonNode node, HistoryEvent last) {
        int[] retries = null;
        if (node.has("r")) {
            retries = new int[node.get("r").size()];
            for (int i = 0; i < retries.length; i++) {
                retries[i] = node.get("r").get(i).asInt();
            }
        }
        JsonNode data = node.get("d");
        if (node.has("dr")) {
            data = ((JsonText) ((POJONode) last.details().get(node.get("dr").asText())).getPojo()).node();
        }
        return new Checkpoint(node.get("f").asText(), Checkpoint.Kind.valueOf(node.get("k").asText()),
                text(node, "s"), data, retries,
                node.has("u") ? Instant.ofEpochMilli(node.get("u").asLong()) : null, text(node, "e"), text(node, "c"),
                assigned(node, last));
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
