package dev.stepcamel.compile;

import dev.stepcamel.asl.model.State;

/** Compiles one state type into its Camel route. One implementation per {@link State} record. */
interface StateCompiler<S extends State> {

    Class<S> stateType();

    /** Adds the route of {@code state}, consuming from {@code target.endpointUri()}. */
    void compile(S state, StateTarget target, GraphCompiler graphs);
}
