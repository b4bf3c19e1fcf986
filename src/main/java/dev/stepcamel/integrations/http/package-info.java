/**
 * The HTTP Task ({@code arn:aws:states:::http:invoke}) on Camel's HTTP component, with AWS's
 * request fields, result shape and {@code States.Http.*} errors.
 */
package dev.stepcamel.integrations.http;
