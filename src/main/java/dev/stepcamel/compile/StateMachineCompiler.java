package dev.stepcamel.compile;

import dev.stepcamel.asl.model.StateMachineDefinition;
import org.apache.camel.builder.RouteBuilder;

/**
 * The compiler's entry point: a definition becomes a {@link RouteBuilder} whose routes start at
 * {@code direct:<key>} (the execution's entry) and end when the top-level graph ends.
 */
public final class StateMachineCompiler {
    private final CompileSettings settings;

    public StateMachineCompiler(CompileSettings settings) {
        this.settings = settings;
    }

    /**
     * @param key an endpoint-safe name, unique among deployed machine versions
     * @param label the readable name route ids start with
     */
    public CompiledMachine compile(StateMachineDefinition definition, String key, String label) {
        String entry = "direct:" + key;
        RouteBuilder builder = new RouteBuilder() {
            @Override
            public void configure() {
                GraphCompiler graphs = new GraphCompiler(this, settings);
                String dispatcher = graphs.compile(definition.graph(), key + ".g", label);
                from(entry).routeId(label).routeDescription("state machine " + label)
                        .setProperty(ExchangeKeys.NEXT, constant(definition.graph().startAt()))
                        .to(dispatcher);
            }
        };
        return new CompiledMachine(entry, key + ".g", builder);
    }

    /**
     * What a compilation yields: the entry endpoint, the top-level dispatcher (where a resumed
     * execution re-enters, with {@link ExchangeKeys#NEXT} set) and the routes to add to the context.
     */
    public record CompiledMachine(String entryUri, String dispatcherName, RouteBuilder routes) {
        public String dispatcherUri() {
            return "direct:" + dispatcherName;
        }
    }
}
