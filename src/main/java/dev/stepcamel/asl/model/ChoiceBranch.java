package dev.stepcamel.asl.model;

/** A top-level Choice rule: a condition and the state it leads to. */
public record ChoiceBranch(ChoiceRule rule, String next) {
}
