package dev.stepcamel.compile.step;

import dev.stepcamel.compile.ExchangeKeys;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/** Points a Parallel branch's exchange at the branch's StartAt and clears the parent's visit. */
public final class StartBranch implements Processor {
    private final String startAt;

    public StartBranch(String startAt) {
        this.startAt = startAt;
    }

    @Override
    public void process(Exchange exchange) {
        int index = exchange.getProperty(Exchange.MULTICAST_INDEX, 0, Integer.class);
        exchange.setProperty(ExchangeKeys.SCOPE, BranchResults.childScope(exchange, index, null));
        exchange.setProperty(ExchangeKeys.NEXT, startAt);
        exchange.removeProperty(ExchangeKeys.VISIT);
        exchange.removeProperty(ExchangeKeys.STATE_INPUT);
        exchange.removeProperty(BranchResults.RESULTS);
    }

    @Override
    public String toString() {
        return "StartAt[" + startAt + "]";
    }
}
