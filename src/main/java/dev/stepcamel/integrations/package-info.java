/**
 * How Task resources reach Camel endpoints. Today: Lambda functions, served locally by a Camel
 * route whose id is the function name or by any endpoint mapped to the function in config.
 */
package dev.stepcamel.integrations;
