/**
 * Benchmarks and scale checks for the engine, run in-process on a plain Camel context (no HTTP),
 * wired as the application wires it. Nothing here is used at run time.
 *
 * <ul>
 *   <li>{@link dev.stepcamel.bench.BenchmarkCommand} drives the workloads of a
 *       {@code manifest.json}, checks every output against its expected JSON and prints
 *       min/median/max over the repetitions:
 *       {@code java -cp target/stepcamel.jar dev.stepcamel.bench.BenchmarkCommand
 *       --workflows ../shared/bench/workflows [--only NAME,...] [--reps 3] [--type STANDARD|EXPRESS]}</li>
 *   <li>{@link dev.stepcamel.bench.LoopCheck}: a million-iteration Choice loop in one Express
 *       execution must succeed in a 512 MB heap:
 *       {@code java -Xmx512m -cp target/stepcamel.jar dev.stepcamel.bench.LoopCheck}</li>
 *   <li>{@link dev.stepcamel.bench.WaitCheck}: 10,000 executions parked in a Wait state at once
 *       must all succeed on at most 200 JVM threads:
 *       {@code java -cp target/stepcamel.jar dev.stepcamel.bench.WaitCheck [--seconds 60]}</li>
 *   <li>{@link dev.stepcamel.bench.CallbackCheck}: 100,000 Standard executions parked on
 *       {@code .waitForTaskToken} at once, through the API service; prints the heap they retain,
 *       then answers every token and checks each output:
 *       {@code java -Xmx2g -cp target/stepcamel.jar dev.stepcamel.bench.CallbackCheck [--executions N]}</li>
 * </ul>
 *
 * Each exits non-zero when its check fails.
 */
package dev.stepcamel.bench;
