package dev.stepcamel.data;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;

/**
 * The size in bytes of a JSON value as compact UTF-8 text, worked out without writing it, and
 * given up as soon as it passes a limit: AWS's 256 KiB payload quota is checked on every state
 * output, so the check must cost little for the small payloads that are the rule.
 */
public final class JsonSize {
    /** AWS's quota on a state's input or output, and on execution input and output. */
    public static final int PAYLOAD_LIMIT_BYTES = 256 * 1024;

    private JsonSize() {
    }

    public static boolean exceeds(JsonNode node, long limit) {
        return size(node, limit) > limit;
    }

    /** The size, or any number above {@code limit} once it is known to be larger. */
    public static long sizeUpTo(JsonNode node, long limit) {
        return size(node, limit);
    }

    static long size(JsonNode node, long limit) {
        switch (node.getNodeType()) {
            case STRING:
                return quoted(node.textValue());
            case OBJECT: {
                long total = 2 + Math.max(0, node.size() - 1);
                for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext() && total <= limit; ) {
                    Map.Entry<String, JsonNode> field = it.next();
                    total += quoted(field.getKey()) + 1 + size(field.getValue(), limit - total);
                }
                return total;
            }
            case ARRAY: {
                long total = 2 + Math.max(0, node.size() - 1);
                for (int i = 0; i < node.size() && total <= limit; i++) {
                    total += size(node.get(i), limit - total);
                }
                return total;
            }
            case NULL:
                return 4;
            case BOOLEAN:
                return node.booleanValue() ? 4 : 5;
            default:
                return node.asText().length();
        }
    }

    private static long quoted(String text) {
        long bytes = 2;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\' || c == '\n' || c == '\r' || c == '\t' || c == '\b' || c == '\f') {
                bytes += 2;
            } else if (c < 0x20) {
                bytes += 6;
            } else if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c)) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }
}
