/**
 * Validation of Amazon States Language definitions (JSONPath mode), before anything is parsed into
 * the model or compiled: {@link dev.stepcamel.asl.validate.DefinitionValidator} walks the raw JSON,
 * collects every problem as a {@link dev.stepcamel.asl.validate.Diagnostic} with AWS's
 * ValidateStateMachineDefinition code and a JSON Pointer, and formats them as AWS's
 * {@code InvalidDefinition} message. Field tables, per-type rules, paths and templates, and the
 * graph checks (targets, reachability, unique names, an end) each live in their own small class.
 */
package dev.stepcamel.asl.validate;
