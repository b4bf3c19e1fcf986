/**
 * Runs compiled state machines: deploys their routes into the Camel context, starts, stops and
 * times out executions, records their history, and owns the worker pool and timer that the
 * routes use, so that no thread waits while an execution waits.
 */
package dev.stepcamel.runtime;
