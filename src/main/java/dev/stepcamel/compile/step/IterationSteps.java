package dev.stepcamel.compile.step;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepcamel.asl.errors.AslException;
import dev.stepcamel.compile.BranchScope;
import dev.stepcamel.compile.Checkpoint;
import dev.stepcamel.compile.ExchangeKeys;
import org.apache.camel.AsyncCallback;
import org.apache.camel.AsyncProcessor;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.support.AsyncProcessorSupport;

/** The steps of one Map iteration's route: start, take a concurrency slot, finish, give it back. */
public final class IterationSteps {
    private static final String HOLDS_SLOT = "StepcamelHoldsSlot";

    private IterationSteps() {
    }

    /**
     * @param distributed whether the Map is a Distributed Map, whose iterations do not see the
     *                    variables of outer scopes (they run as child workflows on AWS)
     */
    public static Processor start(String mapState, String startAt, boolean distributed) {
        return new Processor() {
            @Override
            public void process(Exchange exchange) {
                int index = exchange.getProperty(Exchange.SPLIT_INDEX, Integer.class);
                String frame = BranchScope.iterationFrame(Steps.frame(exchange), mapState, index);
                exchange.setProperty(ExchangeKeys.SCOPE, BranchResults.childScope(exchange, index, null, frame));
                FrameResume.clearParentState(exchange);
                exchange.removeProperty(HOLDS_SLOT); // a slot of an enclosing Map is not this iteration's
                MapRuns.enterIteration(exchange, index, distributed);
                if (distributed) {
                    exchange.removeProperty(ExchangeKeys.VARIABLES);
                    exchange.removeProperty(ExchangeKeys.VARIABLES_BYTES);
                }
                if (FrameResume.resume(exchange, frame)) {
                    return;
                }
                exchange.setProperty(ExchangeKeys.NEXT, startAt);
                JsonNode input = Steps.body(exchange);
                Steps.record(exchange, "MapIterationStarted", d -> d.put("name", mapState).put("index", index),
                        f -> Checkpoint.at(f, startAt, input));
            }

            @Override
            public String toString() {
                return "StartIteration[" + startAt + "]";
            }
        };
    }

    public static AsyncProcessor acquireSlot() {
        return new AsyncProcessorSupport() {
            @Override
            public boolean process(Exchange exchange, AsyncCallback callback) {
                ConcurrencyLimit limit = exchange.getProperty(MapItemsStep.LIMIT, ConcurrencyLimit.class);
                if (limit == null) {
                    callback.done(true);
                    return true;
                }
                // The slot is remembered with its limit: a nested Map replaces LIMIT on this exchange.
                exchange.setProperty(HOLDS_SLOT, limit);
                if (limit.acquire(() -> callback.done(false))) {
                    callback.done(true);
                    return true;
                }
                return false;
            }

            @Override
            public String toString() {
                return "AcquireSlot";
            }
        };
    }

    public static Processor releaseSlot() {
        return new Processor() {
            @Override
            public void process(Exchange exchange) {
                ConcurrencyLimit held = exchange.getProperty(HOLDS_SLOT, ConcurrencyLimit.class);
                if (held != null) {
                    exchange.removeProperty(HOLDS_SLOT);
                    held.release();
                }
            }

            @Override
            public String toString() {
                return "ReleaseSlot";
            }
        };
    }

    public static Processor finish(String mapState) {
        return new Processor() {
            @Override
            public void process(Exchange exchange) {
                if (FrameResume.endedBefore(exchange)) {
                    return;
                }
                int index = exchange.getProperty(Exchange.SPLIT_INDEX, Integer.class);
                JsonNode result = Steps.body(exchange);
                Steps.record(exchange, "MapIterationSucceeded", d -> d.put("name", mapState).put("index", index),
                        f -> Checkpoint.done(f, result));
            }

            @Override
            public String toString() {
                return "FinishIteration";
            }
        };
    }

    /** In the iteration's catch block: records MapIterationFailed and rethrows the failure. */
    public static Processor failed(String mapState) {
        return new Processor() {
            @Override
            public void process(Exchange exchange) {
                Exception failure = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
                if (!FrameResume.endedBefore(exchange)) {
                    int index = exchange.getProperty(Exchange.SPLIT_INDEX, Integer.class);
                    AslException error = TaskErrors.toAsl(failure);
                    Steps.record(exchange, "MapIterationFailed", d -> MapRuns.failure(exchange,
                            d.put("name", mapState).put("index", index), error),
                            f -> Checkpoint.failed(f, error.error(), error.cause()));
                }
                exchange.setException(failure);
            }

            @Override
            public String toString() {
                return "IterationFailed";
            }
        };
    }

    public static Processor collect() {
        return new Processor() {
            @Override
            public void process(Exchange exchange) {
                Steps.setBody(exchange, BranchResults.results(exchange));
                exchange.removeProperty(BranchResults.RESULTS);
                exchange.removeProperty(MapItemsStep.LIMIT);
                MapRuns.succeeded(exchange);
                Steps.hold(exchange, "MapStateSucceeded", null);
            }

            @Override
            public String toString() {
                return "CollectItems";
            }
        };
    }
}
