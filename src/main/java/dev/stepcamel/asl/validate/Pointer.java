package dev.stepcamel.asl.validate;

/** An RFC 6901 JSON Pointer, built one step at a time as the validator walks the document. */
record Pointer(String text) {
    static final Pointer ROOT = new Pointer("");

    Pointer child(String name) {
        return new Pointer(text + "/" + name.replace("~", "~0").replace("/", "~1"));
    }

    Pointer child(int index) {
        return new Pointer(text + "/" + index);
    }

    /** AWS writes the document root as {@code /}. */
    @Override
    public String toString() {
        return text.isEmpty() ? "/" : text;
    }
}
