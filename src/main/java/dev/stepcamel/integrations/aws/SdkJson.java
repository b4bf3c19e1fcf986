package dev.stepcamel.integrations.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepcamel.data.Json;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.protocol.MarshallLocation;
import software.amazon.awssdk.core.protocol.MarshallingType;
import software.amazon.awssdk.core.traits.ListTrait;
import software.amazon.awssdk.core.traits.MapTrait;
import software.amazon.awssdk.core.util.SdkAutoConstructList;
import software.amazon.awssdk.core.util.SdkAutoConstructMap;
import software.amazon.awssdk.utils.builder.SdkBuilder;

/**
 * Converts between the JSON of a Task's Parameters/result and the AWS SDK's model objects, by the
 * SDK's own field metadata: member names are AWS's PascalCase API names, as Step Functions uses.
 * Strings given a JSON object or array receive its JSON text (as Step Functions stringifies
 * message bodies); fields the model does not have are rejected with their name.
 */
final class SdkJson {
    private SdkJson() {
    }

    /** Fills {@code builder} (an SDK model builder) from {@code json} and builds it. */
    static Object build(SdkPojo builder, JsonNode json, String path) {
        if (!json.isObject()) {
            throw new IllegalArgumentException("Expected an object at " + path + " but found " + json.getNodeType());
        }
        Map<String, SdkField<?>> fields = new LinkedHashMap<>();
        builder.sdkFields().forEach(f -> fields.put(f.memberName(), f));
        // The API's own name of a URI-bound member where the SDK renamed it (S3 copyObject's Bucket).
        builder.sdkFields().stream().filter(f -> f.location() == MarshallLocation.PATH || f.location() == MarshallLocation.GREEDY_PATH)
                .forEach(f -> fields.putIfAbsent(f.locationName(), f));
        for (Iterator<Map.Entry<String, JsonNode>> it = json.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> entry = it.next();
            SdkField<?> field = fields.get(entry.getKey());
            if (field == null) {
                throw new IllegalArgumentException("The field \"" + entry.getKey() + "\" is not supported"
                        + (path.isEmpty() ? "" : " at " + path));
            }
            if (!entry.getValue().isNull()) {
                field.set(builder, value(field, entry.getValue(), path + "/" + entry.getKey()));
            }
        }
        return ((SdkBuilder<?, ?>) builder).build();
    }

    private static Object value(SdkField<?> field, JsonNode json, String path) {
        MarshallingType<?> type = field.marshallingType();
        if (type == MarshallingType.STRING) {
            return json.isTextual() ? json.asText() : json.isValueNode() ? json.asText() : Json.write(json);
        }
        if (type == MarshallingType.INTEGER) {
            return json.asInt();
        }
        if (type == MarshallingType.LONG) {
            return json.asLong();
        }
        if (type == MarshallingType.SHORT) {
            return (short) json.asInt();
        }
        if (type == MarshallingType.DOUBLE) {
            return json.asDouble();
        }
        if (type == MarshallingType.FLOAT) {
            return (float) json.asDouble();
        }
        if (type == MarshallingType.BIG_DECIMAL) {
            return new BigDecimal(json.asText());
        }
        if (type == MarshallingType.BOOLEAN) {
            return json.isBoolean() ? json.asBoolean() : Boolean.parseBoolean(json.asText());
        }
        if (type == MarshallingType.INSTANT) {
            return json.isNumber() ? Instant.ofEpochMilli((long) (json.asDouble() * 1000)) : Instant.parse(json.asText());
        }
        if (type == MarshallingType.SDK_BYTES) {
            return SdkBytes.fromByteArray(java.util.Base64.getDecoder().decode(json.asText()));
        }
        if (type == MarshallingType.SDK_POJO) {
            return build(field.constructor().get(), json, path);
        }
        if (type == MarshallingType.LIST) {
            SdkField<?> member = field.getTrait(ListTrait.class).memberFieldInfo();
            List<Object> list = new ArrayList<>();
            if (!json.isArray()) {
                throw new IllegalArgumentException("Expected an array at " + path + " but found " + json.getNodeType());
            }
            for (int i = 0; i < json.size(); i++) {
                list.add(value(member, json.get(i), path + "/" + i));
            }
            return list;
        }
        if (type == MarshallingType.MAP) {
            SdkField<?> member = field.getTrait(MapTrait.class).valueFieldInfo();
            Map<String, Object> map = new LinkedHashMap<>();
            json.fields().forEachRemaining(e -> map.put(e.getKey(), value(member, e.getValue(), path + "/" + e.getKey())));
            return map;
        }
        throw new IllegalArgumentException("The field at " + path + " cannot be given in a Task's Parameters");
    }

    /** The JSON of an SDK model object: set fields only, by AWS member name. */
    static ObjectNode toJson(SdkPojo pojo) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        for (SdkField<?> field : pojo.sdkFields()) {
            Object value = field.getValueOrDefault(pojo);
            JsonNode json = toJson(value);
            if (json != null) {
                node.set(field.memberName(), json);
            }
        }
        return node;
    }

    private static JsonNode toJson(Object value) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (value == null || value instanceof SdkAutoConstructList<?> || value instanceof SdkAutoConstructMap<?, ?>) {
            return null;
        }
        if (value instanceof SdkPojo pojo) {
            return toJson(pojo);
        }
        if (value instanceof List<?> list) {
            ArrayNode array = f.arrayNode();
            list.forEach(v -> array.add(toJson(v)));
            return array;
        }
        if (value instanceof Map<?, ?> map) {
            ObjectNode object = f.objectNode();
            map.forEach((k, v) -> object.set(String.valueOf(k), toJson(v)));
            return object;
        }
        if (value instanceof SdkBytes bytes) {
            return f.textNode(java.util.Base64.getEncoder().encodeToString(bytes.asByteArray()));
        }
        if (value instanceof Instant instant) {
            return f.textNode(instant.toString());
        }
        return Json.MAPPER.valueToTree(value);
    }
}
