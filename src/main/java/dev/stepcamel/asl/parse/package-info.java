/** Reads ASL JSON into the {@code asl.model} records, applying ASL's defaults. Validation is elsewhere. */
package dev.stepcamel.asl.parse;
