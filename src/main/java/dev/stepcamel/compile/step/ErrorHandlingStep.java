package dev.stepcamel.compile.step;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepcamel.asl.errors.AslException;
import dev.stepcamel.asl.errors.ErrorMatcher;
import dev.stepcamel.asl.model.Catcher;
import dev.stepcamel.asl.model.Retrier;
import com.fasterxml.jackson.databind.JsonNode;
import dev.stepcamel.compile.Checkpoint;
import dev.stepcamel.compile.ExchangeKeys;
import dev.stepcamel.compile.ExecutionRun;
import dev.stepcamel.compile.StateVisit;
import dev.stepcamel.data.Json;
import com.fasterxml.jackson.databind.JsonNode;
import dev.stepcamel.data.ReferencePath;
import java.util.List;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.support.AsyncProcessorSupport;

/**
 * The catch block of a state with Retry or Catch. The first retrier whose ErrorEquals matches
 * decides: while its own counter is below MaxAttempts the state is re-entered after the back-off
 * (on the runtime's timer, no thread held); otherwise the first matching catcher routes to its
 * Next with {@code {Error, Cause}} at its ResultPath; otherwise the error propagates.
 */
public final class ErrorHandlingStep extends AsyncProcessorSupport {
    private final String stateName;
    private final String exitEventType;
    private final List<Retrier> retriers;
    private final List<Catcher> catchers;
    private final CatchOutput[] catchOutputs;
    private final FailureEvents failureEvents;
    private final boolean jsonata;

    public ErrorHandlingStep(String stateName, String stateType, List<Retrier> retriers, List<Catcher> catchers,
            FailureEvents failureEvents) {
        this(stateName, stateType, retriers, catchers, failureEvents, false);
    }

    /** @param jsonata whether the state's QueryLanguage is JSONata (catchers then have Output, not ResultPath) */
    public ErrorHandlingStep(String stateName, String stateType, List<Retrier> retriers, List<Catcher> catchers,
            FailureEvents failureEvents, boolean jsonata) {
        this.jsonata = jsonata;
        this.stateName = stateName;
        this.failureEvents = failureEvents;
        this.exitEventType = stateType + "StateExited";
        this.retriers = retriers;
        this.catchers = catchers;
        this.catchOutputs = catchers.stream().map(c -> new CatchOutput(c, jsonata)).toArray(CatchOutput[]::new);
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        Throwable caught = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        AslException error = TaskErrors.toAsl(caught);
        ExecutionRun run = Steps.run(exchange);
        if (error.isTerminal() || run == null || !run.isActive()) {
            failureEvents.record(exchange, error);
            return fail(exchange, callback, error);
        }
        if (retry(exchange, callback, error, run)) {
            return false;
        }
        failureEvents.record(exchange, error);
        for (int i = 0; i < catchers.size(); i++) {
            if (ErrorMatcher.matches(catchers.get(i).errorEquals(), error)) {
                ObjectNode errorOutput = Json.MAPPER.createObjectNode().put("Error", error.error());
                if (error.cause() != null) {
                    errorOutput.put("Cause", error.cause());
                }
                try {
                    catchOutputs[i].apply(exchange, errorOutput, jsonata);
                    JsonNode output = Steps.body(exchange);
                    ObjectNode assigned = Variables.commit(exchange);
                    String next = catchers.get(i).next();
                    exchange.setProperty(ExchangeKeys.NEXT, next);
                    Steps.record(exchange, exitEventType, d -> ExitState.exited(d, stateName, output, assigned),
                            frame -> Checkpoint.at(frame, next, output, assigned));
                } catch (AslException e) {
                    return fail(exchange, callback, e);
                }
                callback.done(true);
                return true;
            }
        }
        return fail(exchange, callback, error);
    }

    /** Schedules the state again when a retrier matches and has attempts left; {@code false} otherwise. */
    private boolean retry(Exchange exchange, AsyncCallback callback, AslException error, ExecutionRun run) {
        for (int i = 0; i < retriers.size(); i++) {
            Retrier retrier = retriers.get(i);
            if (!ErrorMatcher.matches(retrier.errorEquals(), error)) {
                continue;
            }
            StateVisit visit = Steps.visit(exchange);
            if (visit.retries(i) >= retrier.maxAttempts()) {
                return false;
            }
            // TaskFailed is recorded for every attempt; MapStateFailed and ParallelStateFailed are not.
            if (failureEvents.everyAttempt()) {
                failureEvents.record(exchange, error);
            } else {
                failureEvents.discard(exchange);
            }
            long delay = delayMillis(retrier, visit.retries(i), run);
            visit.countRetry(i);
            visit.setRetrying(true);
            exchange.setProperty(ExchangeKeys.NEXT, stateName);
            java.time.Instant due = run.services().clock().instant().plusMillis(delay);
            Steps.checkpoint(exchange, frame -> Checkpoint.inside(frame, Checkpoint.Kind.RETRY, stateName,
                    visit.retryCounts(), due));
            run.services().scheduleAt(due, () -> callback.done(false));
            return true;
        }
        return false;
    }

    private static boolean fail(Exchange exchange, AsyncCallback callback, AslException error) {
        exchange.setException(error);
        callback.done(true);
        return true;
    }

    /** IntervalSeconds x BackoffRate^attempt, capped by MaxDelaySeconds, then FULL jitter if asked. */
    static long delayMillis(Retrier retrier, int attempt, ExecutionRun run) {
        double seconds = retrier.intervalSeconds() * Math.pow(retrier.backoffRate(), attempt);
        if (retrier.maxDelaySeconds() != null) {
            seconds = Math.min(seconds, retrier.maxDelaySeconds());
        }
        if (retrier.jitterStrategy() == Retrier.JitterStrategy.FULL) {
            seconds = run.services().random().nextDouble() * seconds;
        }
        return (long) (seconds * 1000);
    }

    @Override
    public String toString() {
        return "RetryAndCatch[" + stateName + "]";
    }
}
