package dev.stepcamel.compile;

/**
 * Where a state's route lives: its endpoint, its route id, and the prefix its nested graphs
 * (Parallel branches, Map processors) take their names from.
 */
record StateTarget(String endpointUri, String routeId, String nestedPrefix, String routeLabel) {
}
