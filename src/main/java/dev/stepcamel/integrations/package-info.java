/**
 * How Task resources reach Camel endpoints: Lambda functions, served locally by a Camel route
 * whose id is the function name or by any endpoint mapped to the function in config, and AWS
 * services ({@code aws} subpackage). {@code Integrations} assembles them for the application.
 */
package dev.stepcamel.integrations;
