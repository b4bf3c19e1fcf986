/**
 * The processors that compiled state routes call, one small class per step of ASL's data flow
 * and control flow (enter, InputPath, Parameters, ResultSelector, ResultPath, OutputPath, exit,
 * wait, error handling, branch and item aggregation, dispatch), and the Task steps that park on a
 * task token ({@code WaitForTaskTokenStep}, {@code ActivityTaskStep}, {@code ParkedTask}).
 */
package dev.stepcamel.compile.step;
