/**
 * Choice rules (JSONPath mode), compiled once into {@link dev.stepcamel.data.choice.CompiledRule}s
 * that the Choice state evaluates against its effective input.
 *
 * <p>{@link dev.stepcamel.data.choice.ChoiceRuleCompiler} turns the model's
 * {@link dev.stepcamel.asl.model.ChoiceRule} tree into rules; the operators themselves are rows of
 * {@code OperatorTable} (how the operand is read, which relation must hold), not one branch each.
 * Semantics follow AWS: a value of the wrong type compares false, numbers compare as exact decimals,
 * strings by code point, timestamps as RFC 3339 instants, and a missing {@code Variable} (or
 * {@code ...Path} operand) is a {@code States.Runtime} error for every operator but {@code IsPresent}.
 */
package dev.stepcamel.data.choice;
