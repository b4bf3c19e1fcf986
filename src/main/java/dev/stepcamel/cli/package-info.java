/** The command line: {@code run} (the default), {@code validate FILE...} and {@code routes NAME}. */
package dev.stepcamel.cli;
