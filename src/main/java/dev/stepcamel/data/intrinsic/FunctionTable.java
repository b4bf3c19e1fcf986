package dev.stepcamel.data.intrinsic;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/** Every {@code States.*} intrinsic by name; adding a function means adding one row to a group. */
final class FunctionTable {
    private static final Map<String, IntrinsicFunction> BY_NAME = build();

    private FunctionTable() {
    }

    /** The function named {@code name} (case-sensitive, as in AWS), or {@code null}. */
    static IntrinsicFunction find(String name) {
        return BY_NAME.get(name);
    }

    static Set<String> names() {
        return BY_NAME.keySet();
    }

    private static Map<String, IntrinsicFunction> build() {
        Map<String, IntrinsicFunction> table = new HashMap<>();
        Stream.of(ArrayFunctions.all(), EncodingFunctions.all(), JsonFunctions.all(),
                        MathFunctions.all(), StringFunctions.all())
                .flatMap(List::stream)
                .forEach(function -> {
                    if (table.put(function.name(), function) != null) {
                        throw new IllegalStateException("two intrinsics named " + function.name());
                    }
                });
        return Map.copyOf(table);
    }
}
