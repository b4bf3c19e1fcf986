/**
 * The application: wires configuration, the Camel Main container, the engine, the store and the
 * Step Functions API together, and loads the workflows in the routes directory.
 */
package dev.stepcamel.app;
