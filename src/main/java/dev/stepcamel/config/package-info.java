/**
 * Stepcamel's configuration: typed, defaulted and documented in one place, read once at start-up
 * from {@code config/application.properties} (plus command-line overrides) and passed to
 * constructors. {@code camel.*} keys go to Camel Main untouched.
 */
package dev.stepcamel.config;
