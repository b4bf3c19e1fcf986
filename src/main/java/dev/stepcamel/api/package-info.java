/**
 * The Step Functions service operations, free of any wire protocol: create, update and delete state
 * machines, start, stop and describe executions, read histories, validate definitions and keep tags.
 * {@link dev.stepcamel.api.StepFunctionsService} is the entry point; it enforces AWS's rules (names,
 * idempotency, input limits) and reports failures as {@link dev.stepcamel.api.ApiException} with
 * AWS's error names and messages. {@link dev.stepcamel.api.CallbackOperations} is where Tasks that
 * wait for a task token or an activity worker park, correlated with SendTask* and GetActivityTask;
 * {@link dev.stepcamel.api.NestedExecutionRoutes} serves {@code states:startExecution}. The JSON
 * protocol lives in {@code dev.stepcamel.api.http}.
 */
package dev.stepcamel.api;
