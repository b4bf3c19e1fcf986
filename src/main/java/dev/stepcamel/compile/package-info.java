/**
 * Compiles a parsed state machine into Camel routes: one route per state (Choice as a
 * content-based router, Parallel as a multicast, Map as a splitter, Retry/Catch as a try/catch
 * error handler) plus one dispatcher route per state graph that follows the transitions. The
 * processors those routes call live in {@code compile.step}; what they need from the running
 * system (clock, timers, history) reaches them through {@link ExecutionRun} and
 * {@link RuntimeServices}, so this package does not depend on the runtime. Tasks that wait for a
 * task token or an activity worker park through {@link TaskCallbacks}.
 */
package dev.stepcamel.compile;
