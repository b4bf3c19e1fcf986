/**
 * The web console at {@code /console}: a page that draws every state machine as a graph and shows
 * executions live, and the JSON API under {@code /console/api} it reads. It sits on top of the
 * layers and only calls the Step Functions operations ({@code api}) and what they return
 * ({@code runtime}, {@code store}); it holds no state of its own beyond open live streams.
 */
package dev.stepcamel.console;
