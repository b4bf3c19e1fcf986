/**
 * What starts executions besides the Step Functions API: a plain REST endpoint (sync and async),
 * new objects in an S3 bucket, S3 event notifications through SQS, and any Camel endpoint, all
 * declared in {@code config/} ({@code stepcamel.trigger.*}) or as routes in {@code routes/}.
 */
package dev.stepcamel.triggers;
