/**
 * The AWS JSON 1.0 protocol over Camel's platform-http: {@code POST /} with
 * {@code X-Amz-Target: AWSStepFunctions.<Action>} dispatched through a table of actions, each
 * reading its request fields and writing AWS's response shape; AWS-style error bodies; plus
 * {@code GET /stepcamel/health} and {@code GET /stepcamel/routes/{machineName}}.
 * Actions that wait (GetActivityTask, StartSyncExecution) are answered on the Vert.x router without
 * holding a request thread. {@link dev.stepcamel.api.http.StepFunctionsApiRoutes} and
 * {@link dev.stepcamel.api.http.SdkSfnRoutes} (the same actions for {@code aws-sdk:sfn} Tasks) are
 * the public classes.
 */
package dev.stepcamel.api.http;
