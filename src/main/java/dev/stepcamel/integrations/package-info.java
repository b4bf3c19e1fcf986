/**
 * How Task resources reach Camel endpoints. Today: Lambda functions, served locally by a Camel
 * route whose id is the function name or by any endpoint mapped to the function in config; and
 * nested executions ({@code states:startExecution}, {@code .sync}, {@code .sync:2}), served by
 * the API's routes. {@link dev.stepcamel.integrations.TaskResolvers} asks each in turn.
 */
package dev.stepcamel.integrations;
