package dev.stepcamel.asl.model;

/** One state of a state machine, as written in ASL (JSONPath mode). One record per {@code Type}. */
public sealed interface State
        permits PassState, TaskState, ChoiceState, WaitState, SucceedState, FailState, ParallelState, MapState {

    String name();

    /** The ASL {@code Type} string, e.g. {@code "Pass"}. */
    String type();

    /** InputPath, Parameters, ResultSelector, ResultPath and OutputPath as this state has them. */
    DataFlow dataFlow();

    /** Where the state goes next; {@code null} for Choice, Succeed and Fail. */
    Transition transition();
}
