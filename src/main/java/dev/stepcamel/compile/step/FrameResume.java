package dev.stepcamel.compile.step;

import dev.stepcamel.asl.errors.AslException;
import dev.stepcamel.compile.ExchangeKeys;
import dev.stepcamel.compile.ExecutionRun;
import dev.stepcamel.compile.ResumePoint;
import org.apache.camel.Exchange;

/**
 * Puts a Map iteration or Parallel branch back where its checkpoints left it after a restart:
 * at a state, inside one (the state's {@code EnterState} takes it from there), or already ended,
 * in which case its end is in the history and is not recorded again.
 */
final class FrameResume {
    /** Set on a frame whose end was restored: its end event is in the history already. */
    static final String ENDED = "StepcamelFrameEnded";

    private FrameResume() {
    }

    /** Returns true when the frame was resumed, so it records no start event. */
    static boolean resume(Exchange exchange, String frame) {
        ExecutionRun run = Steps.run(exchange);
        if (run == null || !run.isDurable()) {
            return false;
        }
        ResumePoint point = run.resumePoint(frame);
        if (point == null) {
            return false;
        }
        Steps.restoreVariables(exchange, point);
        switch (point.kind()) {
            case DONE -> {
                Steps.setBody(exchange, point.data());
                exchange.removeProperty(ExchangeKeys.NEXT);
                exchange.setProperty(ENDED, true);
            }
            case FAILED -> {
                exchange.removeProperty(ExchangeKeys.NEXT);
                exchange.setProperty(ENDED, true);
                exchange.setException(new AslException(point.error(), point.cause()));
            }
            case AT -> {
                exchange.setProperty(ExchangeKeys.NEXT, point.state());
                Steps.setBody(exchange, point.data());
            }
            default -> {
                exchange.setProperty(ExchangeKeys.NEXT, point.state());
                exchange.setProperty(ExchangeKeys.RESUME, point);
                Steps.setBody(exchange, point.data());
            }
        }
        return true;
    }

    /** Whether the frame's end came back from the history (and must not be recorded again). */
    static boolean endedBefore(Exchange exchange) {
        return exchange.getProperty(ENDED) != null;
    }

    /** Clears what a child exchange copied from its parent and must not keep. */
    static void clearParentState(Exchange exchange) {
        exchange.removeProperty(ExchangeKeys.VISIT);
        exchange.removeProperty(ExchangeKeys.STATE_INPUT);
        exchange.removeProperty(ExchangeKeys.RESUME);
        exchange.removeProperty(ExchangeKeys.HELD);
        exchange.removeProperty(ENDED);
        exchange.removeProperty(BranchResults.RESULTS);
    }
}
