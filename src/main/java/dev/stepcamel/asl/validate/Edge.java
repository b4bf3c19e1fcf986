package dev.stepcamel.asl.validate;

/** A transition found in a state (Next, Default, a choice's or catcher's Next) and where it is written. */
record Edge(String target, Pointer at, String field) {
}
