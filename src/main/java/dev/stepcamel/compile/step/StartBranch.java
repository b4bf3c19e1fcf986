package dev.stepcamel.compile.step;

import dev.stepcamel.compile.BranchScope;
import dev.stepcamel.compile.ExchangeKeys;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/** Points a Parallel branch's exchange at the branch's StartAt (or where it resumes) and clears the parent's visit. */
public final class StartBranch implements Processor {
    private final String parallelState;
    private final String startAt;

    public StartBranch(String parallelState, String startAt) {
        this.parallelState = parallelState;
        this.startAt = startAt;
    }

    @Override
    public void process(Exchange exchange) {
        int index = exchange.getProperty(Exchange.MULTICAST_INDEX, 0, Integer.class);
        String frame = BranchScope.branchFrame(Steps.frame(exchange), parallelState, index);
        exchange.setProperty(ExchangeKeys.SCOPE, BranchResults.childScope(exchange, index, null, frame));
        FrameResume.clearParentState(exchange);
        if (!FrameResume.resume(exchange, frame)) {
            exchange.setProperty(ExchangeKeys.NEXT, startAt);
        }
    }

    @Override
    public String toString() {
        return "StartAt[" + startAt + "]";
    }
}
