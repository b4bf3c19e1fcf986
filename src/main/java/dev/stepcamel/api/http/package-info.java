/**
 * The AWS JSON 1.0 protocol over Camel's platform-http: {@code POST /} with
 * {@code X-Amz-Target: AWSStepFunctions.<Action>} dispatched through a table of actions, each
 * reading its request fields and writing AWS's response shape; AWS-style error bodies; plus
 * {@code GET /stepcamel/health} and {@code GET /stepcamel/routes/{machineName}}.
 * {@link dev.stepcamel.api.http.StepFunctionsApiRoutes} is the only public class.
 */
package dev.stepcamel.api.http;
