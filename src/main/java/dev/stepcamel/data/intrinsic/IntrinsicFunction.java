package dev.stepcamel.data.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepcamel.data.EvaluationContext;
import java.util.List;

/**
 * One {@code States.*} function: its signature (parameter types, how many may be left out, the
 * type of any further arguments), an optional load-time check and the body.
 *
 * @param rest the type of arguments past {@code params}, or {@code null} when there may be none
 */
record IntrinsicFunction(String name, List<ArgType> params, int minArgs, ArgType rest, Body body, Prepare prepare) {

    /** What the function computes from its checked arguments. */
    @FunctionalInterface
    interface Body {
        JsonNode apply(Args args, EvaluationContext context);
    }

    /** Extra checks on the parsed arguments (literal values, placeholder counts); throws IllegalArgumentException. */
    @FunctionalInterface
    interface LoadCheck {
        void check(String function, List<Argument> arguments);
    }

    /** Checks the parsed arguments and may specialise the function for them, once, at load time. */
    @FunctionalInterface
    interface Prepare {
        IntrinsicFunction prepare(IntrinsicFunction function, List<Argument> arguments);
    }

    IntrinsicFunction {
        params = List.copyOf(params);
    }

    static IntrinsicFunction of(String name, Body body, ArgType... params) {
        return new IntrinsicFunction(name, List.of(params), params.length, null, body, (f, a) -> f);
    }

    static IntrinsicFunction optional(String name, int minArgs, Body body, ArgType... params) {
        return new IntrinsicFunction(name, List.of(params), minArgs, null, body, (f, a) -> f);
    }

    static IntrinsicFunction variadic(String name, ArgType rest, Body body, ArgType... params) {
        return new IntrinsicFunction(name, List.of(params), params.length, rest, body, (f, a) -> f);
    }

    IntrinsicFunction checkedBy(LoadCheck check) {
        return preparedBy((function, arguments) -> {
            check.check(function.name(), arguments);
            return function;
        });
    }

    IntrinsicFunction preparedBy(Prepare extra) {
        return new IntrinsicFunction(name, params, minArgs, rest, body, extra);
    }

    IntrinsicFunction withBody(Body other) {
        return new IntrinsicFunction(name, params, minArgs, rest, other, prepare);
    }

    /** The function to call with these parsed arguments; throws IllegalArgumentException when they cannot work. */
    IntrinsicFunction prepareFor(List<Argument> arguments) {
        return prepare.prepare(this, arguments);
    }

    ArgType typeOf(int index) {
        return index < params.size() ? params.get(index) : rest;
    }

    int maxArgs() {
        return rest == null ? params.size() : Integer.MAX_VALUE;
    }

    JsonNode apply(Args args, EvaluationContext context) {
        return body.apply(args, context);
    }
}
