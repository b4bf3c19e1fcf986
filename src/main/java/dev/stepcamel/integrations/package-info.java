/**
 * How Task resources reach Camel endpoints: Lambda functions, served locally by a Camel route
 * whose id is the function name or by any endpoint mapped to the function in config; nested
 * executions ({@code states:startExecution}, {@code .sync}, {@code .sync:2}) and
 * {@code aws-sdk:sfn}, served by the API's routes; AWS services ({@code aws} subpackage) and HTTP
 * endpoints ({@code http} subpackage). {@code Integrations} assembles them for the application.
 */
package dev.stepcamel.integrations;
