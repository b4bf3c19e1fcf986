package dev.stepcamel.compile.step;

import dev.stepcamel.compile.ExecutionRun;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.support.AsyncProcessorSupport;

/**
 * Holds a durable execution's exchange, without a thread, until everything it has recorded is
 * committed: a Task's call (an effect outside the execution) happens only once its checkpoint
 * would survive a crash. Runs straight through for executions that are not durable.
 */
public final class CommitBarrier extends AsyncProcessorSupport {
    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        ExecutionRun run = Steps.run(exchange);
        if (run == null || !run.awaitsCommits()) {
            callback.done(true);
            return true;
        }
        run.afterCommit(() -> callback.done(false));
        return false;
    }

    @Override
    public String toString() {
        return "AwaitCommit";
    }
}
