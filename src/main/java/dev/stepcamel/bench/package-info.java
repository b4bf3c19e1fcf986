/**
 * Benchmarks and scale checks for the engine, run in-process on a plain Camel context (no HTTP):
 * {@link dev.stepcamel.bench.BenchmarkCommand} drives the standard workloads of a
 * {@code manifest.json} and checks every output; {@link dev.stepcamel.bench.LoopCheck} and
 * {@link dev.stepcamel.bench.WaitCheck} are pass/fail checks of a long Choice loop in little heap
 * and of many executions parked in Wait states on few threads. Nothing here is used at run time.
 */
package dev.stepcamel.bench;
