package dev.stepcamel.asl.validate;

import java.util.Set;

/** The shape of a Distributed Map's ItemReader, ItemBatcher, ResultWriter and Label. */
final class DistributedMapFields {
    static final int MAX_LABEL_LENGTH = 40;
    /** Characters AWS refuses in names and labels, besides whitespace and control characters. */
    private static final String FORBIDDEN = "<>{}[]?*\"#%\\^|~`$&,;:/";

    private DistributedMapFields() {
    }

    static void check(Node state) {
        if (state.has("ItemReader")) {
            Node reader = state.child("ItemReader", "the ItemReader of " + state.what);
            if (reader != null) {
                reader.allowOnly(Set.of("Resource", "Parameters", "ReaderConfig"));
                reader.require("Resource");
                reader.text("Resource");
                Templates.check(reader, "Parameters");
                if (reader.has("ReaderConfig")) {
                    reader.child("ReaderConfig", "the ReaderConfig of " + state.what);
                }
            }
        }
        if (state.has("ItemBatcher")) {
            Node batcher = state.child("ItemBatcher", "the ItemBatcher of " + state.what);
            if (batcher != null) {
                batcher.allowOnly(Set.of("MaxItemsPerBatch", "MaxItemsPerBatchPath", "MaxInputBytesPerBatch",
                        "MaxInputBytesPerBatchPath", "BatchInput"));
                batcher.exclusive("MaxItemsPerBatch", "MaxItemsPerBatchPath");
                batcher.exclusive("MaxInputBytesPerBatch", "MaxInputBytesPerBatchPath");
                batcher.positiveInt("MaxItemsPerBatch");
                batcher.positiveInt("MaxInputBytesPerBatch");
                batcher.valueReference("MaxItemsPerBatchPath");
                batcher.valueReference("MaxInputBytesPerBatchPath");
                Templates.check(batcher, "BatchInput");
            }
        }
        if (state.has("ResultWriter")) {
            Node writer = state.child("ResultWriter", "the ResultWriter of " + state.what);
            if (writer != null) {
                writer.allowOnly(Set.of("Resource", "Parameters", "WriterConfig"));
                writer.text("Resource");
                Templates.check(writer, "Parameters");
            }
        }
        label(state);
    }

    private static void label(Node state) {
        if (!state.has("Label")) {
            return;
        }
        String label = state.text("Label");
        if (label == null) {
            return;
        }
        if (label.isEmpty() || label.codePointCount(0, label.length()) > MAX_LABEL_LENGTH) {
            state.problems.add(DiagnosticCode.INVALID_LABEL_NAME, "Label of " + state.what
                    + " must be 1 to " + MAX_LABEL_LENGTH + " characters long", state.at.child("Label"));
        }
        label.codePoints().filter(DistributedMapFields::forbidden).findFirst().ifPresent(c ->
                state.problems.add(DiagnosticCode.INVALID_LABEL_NAME, "Label of " + state.what
                        + " contains invalid character: '" + printable(c) + "'", state.at.child("Label")));
    }

    private static boolean forbidden(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c <= 0x1F || (c >= 0x7F && c <= 0x9F)
                || FORBIDDEN.indexOf(c) >= 0;
    }

    private static String printable(int c) {
        return Character.isISOControl(c) ? String.format("\\u%04x", c) : new String(Character.toChars(c));
    }
}
