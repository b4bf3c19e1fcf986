package dev.stepcamel.compile.step;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/** The steps around a Parallel state's multicast: open the result slots, then collect them. */
public final class ParallelSteps {
    private ParallelSteps() {
    }

    public static Processor open(int branches) {
        return new Processor() {
            @Override
            public void process(Exchange exchange) {
                BranchResults.open(exchange, branches);
                Steps.record(exchange, "ParallelStateStarted", null);
            }

            @Override
            public String toString() {
                return "OpenBranches[" + branches + "]";
            }
        };
    }

    public static Processor collect() {
        return new Processor() {
            @Override
            public void process(Exchange exchange) {
                Steps.setBody(exchange, BranchResults.results(exchange));
                exchange.removeProperty(BranchResults.RESULTS);
                Steps.record(exchange, "ParallelStateSucceeded", null);
            }

            @Override
            public String toString() {
                return "CollectBranches";
            }
        };
    }
}
