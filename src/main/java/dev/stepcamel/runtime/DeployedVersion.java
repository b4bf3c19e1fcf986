package dev.stepcamel.runtime;

import dev.stepcamel.compile.CompileException;
import dev.stepcamel.compile.StateMachineCompiler.CompiledMachine;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.camel.AsyncProducer;
import org.apache.camel.CamelContext;
import org.apache.camel.model.RouteDefinition;
import org.apache.camel.model.RoutesDefinition;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.service.ServiceHelper;

/**
 * The running routes of one machine version, and how many executions are inside them. A retired
 * version's routes are removed when its last execution leaves.
 */
final class DeployedVersion {
    private final DeployedMachine machine;
    private final List<RouteDefinition> routes;
    private final AsyncProducer entry;
    private final AsyncProducer dispatcher;
    private final CamelContext context;
    private final AtomicInteger running = new AtomicInteger();
    private volatile boolean retired;
    private boolean removed;

    private DeployedVersion(CamelContext context, DeployedMachine machine, List<RouteDefinition> routes,
            AsyncProducer entry, AsyncProducer dispatcher) {
        this.context = context;
        this.machine = machine;
        this.routes = routes;
        this.entry = entry;
        this.dispatcher = dispatcher;
    }

    static DeployedVersion start(CamelContext context, DeployedMachine machine, CompiledMachine compiled) {
        try {
            context.addRoutes(compiled.routes());
            AsyncProducer entry = context.getEndpoint(compiled.entryUri()).createAsyncProducer();
            ServiceHelper.startService(entry);
            AsyncProducer dispatcher = context.getEndpoint(compiled.dispatcherUri()).createAsyncProducer();
            ServiceHelper.startService(dispatcher);
            return new DeployedVersion(context, machine, List.copyOf(compiled.routes().getRouteCollection().getRoutes()),
                    entry, dispatcher);
        } catch (Exception e) {
            CompileException invalid = CompileException.find(e);
            if (invalid != null) {
                removeQuietly(context, compiled);
                throw invalid;
            }
            throw new IllegalStateException("cannot start the routes of " + machine.name() + ": " + e.getMessage(), e);
        }
    }

    /** Routes that were added before a later one failed to compile must not linger. */
    private static void removeQuietly(CamelContext context, CompiledMachine compiled) {
        for (RouteDefinition route : compiled.routes().getRouteCollection().getRoutes()) {
            try {
                if (context.getRoute(route.getRouteId()) != null) {
                    context.getRouteController().stopRoute(route.getRouteId());
                    context.removeRoute(route.getRouteId());
                }
            } catch (Exception ignored) {
                // best effort: the definition is being rejected anyway
            }
        }
    }

    DeployedMachine machine() {
        return machine;
    }

    AsyncProducer entry() {
        return entry;
    }

    /** The top-level dispatcher: a resumed execution re-enters here at the state its checkpoint names. */
    AsyncProducer dispatcher() {
        return dispatcher;
    }

    void enter() {
        running.incrementAndGet();
    }

    /** Returns true when this was the last execution of a retired version (its routes are gone). */
    boolean leave() {
        if (running.decrementAndGet() == 0 && retired) {
            return removeRoutes();
        }
        return false;
    }

    /** Marks the version for removal; returns true when it had no executions and is gone now. */
    boolean retire() {
        retired = true;
        if (running.get() == 0) {
            return removeRoutes();
        }
        return false;
    }

    private synchronized boolean removeRoutes() {
        if (removed) {
            return false;
        }
        removed = true;
        ServiceHelper.stopService(entry, dispatcher);
        for (RouteDefinition route : routes) {
            try {
                context.getRouteController().stopRoute(route.getRouteId());
                context.removeRoute(route.getRouteId());
            } catch (Exception e) {
                throw new IllegalStateException("cannot remove route " + route.getRouteId(), e);
            }
        }
        return true;
    }

    String yaml(CamelContext context) {
        RoutesDefinition all = new RoutesDefinition();
        all.setRoutes(new java.util.ArrayList<>(routes));
        try {
            // Without Camel's generated ids (from1, choice2, ...): they count across the JVM, not the
            // machine, so the same workflow would print differently depending on what ran before.
            return PluginHelper.getModelToYAMLDumper(context).dumpModelAsYaml(context, all, true, false, false, false);
        } catch (Exception e) {
            throw new IllegalStateException("cannot print the routes of " + machine.name(), e);
        }
    }
}
