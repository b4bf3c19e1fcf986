package dev.stepcamel.compile.step;

import dev.stepcamel.compile.Checkpoint;
import dev.stepcamel.compile.StateVisit;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/** The steps around a Parallel state's multicast: open the result slots, then collect them. */
public final class ParallelSteps {
    private ParallelSteps() {
    }

    public static Processor open(String stateName, int branches) {
        return new Processor() {
            @Override
            public void process(Exchange exchange) {
                BranchResults.open(exchange, branches);
                StateVisit visit = Steps.visit(exchange);
                if (visit.resuming() == Checkpoint.Kind.BRANCHES) {
                    visit.takeResuming(); // resumed after a restart: each branch resumes from its checkpoint
                    return;
                }
                Steps.record(exchange, "ParallelStateStarted", null, frame -> Checkpoint.inside(frame,
                        Checkpoint.Kind.BRANCHES, stateName, visit.retryCounts(), null));
            }

            @Override
            public String toString() {
                return "OpenBranches[" + branches + "]";
            }
        };
    }

    /**
     * After a branch's graph: its result (or failure) is checkpointed, with the events its last
     * state held back; AWS records no event for a branch's end.
     */
    public static Processor finishBranch() {
        return new Processor() {
            @Override
            public void process(Exchange exchange) {
                if (FrameResume.endedBefore(exchange)) {
                    return;
                }
                Exception failure = exchange.getException();
                if (failure == null) {
                    com.fasterxml.jackson.databind.JsonNode result = Steps.body(exchange);
                    Steps.checkpoint(exchange, f -> Checkpoint.done(f, result));
                } else {
                    dev.stepcamel.asl.errors.AslException error = TaskErrors.toAsl(failure);
                    Steps.checkpoint(exchange, f -> Checkpoint.failed(f, error.error(), error.cause()));
                }
            }

            @Override
            public String toString() {
                return "FinishBranch";
            }
        };
    }

    public static Processor collect() {
        return new Processor() {
            @Override
            public void process(Exchange exchange) {
                Steps.setBody(exchange, BranchResults.results(exchange));
                exchange.removeProperty(BranchResults.RESULTS);
                Steps.hold(exchange, "ParallelStateSucceeded", null);
            }

            @Override
            public String toString() {
                return "CollectBranches";
            }
        };
    }
}
