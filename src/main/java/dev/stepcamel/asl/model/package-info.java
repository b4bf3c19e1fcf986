/**
 * The parsed Amazon States Language: immutable records, one per state type, with no behaviour.
 * Everything else reads the definition through these types.
 */
package dev.stepcamel.asl.model;
