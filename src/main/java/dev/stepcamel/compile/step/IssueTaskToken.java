package dev.stepcamel.compile.step;

import dev.stepcamel.compile.ExchangeKeys;
import dev.stepcamel.compile.TaskCallbacks;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/** Gives a {@code .waitForTaskToken} or activity Task (each attempt) a fresh token, {@code $$.Task.Token}. */
public final class IssueTaskToken implements Processor {
    private final TaskCallbacks callbacks;

    public IssueTaskToken(TaskCallbacks callbacks) {
        this.callbacks = callbacks;
    }

    @Override
    public void process(Exchange exchange) {
        exchange.setProperty(ExchangeKeys.TASK_TOKEN, callbacks.newToken());
    }

    static String token(Exchange exchange) {
        return exchange.getProperty(ExchangeKeys.TASK_TOKEN, String.class);
    }

    @Override
    public String toString() {
        return "IssueTaskToken";
    }
}
