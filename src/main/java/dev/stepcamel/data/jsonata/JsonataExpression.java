package dev.stepcamel.data.jsonata;

import com.dashjoin.jsonata.JException;
import com.dashjoin.jsonata.Jsonata;
import com.dashjoin.jsonata.Jsonata.Frame;
import com.fasterxml.jackson.databind.JsonNode;
import dev.stepcamel.data.EvaluationContext;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One JSONata expression (the text between {@code {%} and {@code %}}), parsed once. Each
 * evaluation gets a fresh frame holding {@code $states}, Step Functions' functions and the
 * workflow variables the expression names, and runs under a time and depth bound so that a
 * runaway expression stops with an error instead of holding a worker or overflowing its stack.
 */
public final class JsonataExpression {
    /** An evaluation taking longer than this is stopped. */
    static final long TIMEOUT_MILLIS = 5_000;
    /** Deeper recursion than this is stopped before it overflows a worker's stack. */
    static final int MAX_DEPTH = 300;
    private static final Pattern NAME = Pattern.compile("\\$([A-Za-z_][A-Za-z0-9_]*)");

    private final String text;
    private final Jsonata parsed;
    private final String[] names;
    private final long timeoutMillis;
    private final int maxDepth;

    private JsonataExpression(String text, Jsonata parsed, String[] names, long timeoutMillis, int maxDepth) {
        this.text = text;
        this.parsed = parsed;
        this.names = names;
        this.timeoutMillis = timeoutMillis;
        this.maxDepth = maxDepth;
    }

    /**
     * @throws IllegalArgumentException with the engine's code and message when {@code text} is not JSONata
     */
    public static JsonataExpression compile(String text) {
        return compile(text, TIMEOUT_MILLIS, MAX_DEPTH);
    }

    static JsonataExpression compile(String text, long timeoutMillis, int maxDepth) {
        Jsonata parsed;
        try {
            parsed = Jsonata.jsonata(text);
        } catch (JException e) {
            throw new IllegalArgumentException(describe(e), e);
        } catch (RuntimeException e) {
            // The engine fails with NullPointerException on some malformed input (e.g. "a@").
            throw new IllegalArgumentException("Syntax error in expression", e);
        }
        parsed.setOutputConvertNulls(false);
        Set<String> names = new LinkedHashSet<>();
        Matcher m = NAME.matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return new JsonataExpression(text, parsed, names.toArray(String[]::new), timeoutMillis, maxDepth);
    }

    /**
     * @param states the {@code $states} value, as {@link JsonataStates} builds it
     * @return the value, or {@code null} when the expression returns nothing (undefined)
     * @throws JsonataEvaluationException with the engine's code and message when evaluation fails
     */
    public JsonNode evaluate(Object states, EvaluationContext context) {
        Frame frame = parsed.createFrame();
        for (String name : names) {
            bind(frame, name, states, context);
        }
        frame.setRuntimeBounds(timeoutMillis, maxDepth);
        Object result;
        try {
            result = parsed.evaluate(null, frame);
        } catch (JException e) {
            throw new JsonataEvaluationException(describe(e), e);
        } catch (StackOverflowError e) {
            throw new JsonataEvaluationException("U1001: Stack overflow error: the expression recursed too deeply", e);
        } catch (RuntimeException e) {
            throw new JsonataEvaluationException(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(), e);
        }
        return JsonataValues.toJson(result);
    }

    private static void bind(Frame frame, String name, Object states, EvaluationContext context) {
        if (name.equals("states")) {
            frame.bind(name, states);
            return;
        }
        Jsonata.JFunction library = StepFunctionsLibrary.function(name, context);
        if (library != null) {
            frame.bind(name, library);
            return;
        }
        JsonNode variable = context.variable(name);
        if (variable != null) {
            frame.bind(name, JsonataValues.toEngine(variable));
        }
    }

    static String describe(JException e) {
        String message = e.getMessage();
        String prefix = "JSonataException ";
        if (message != null && message.startsWith(prefix)) {
            message = message.substring(prefix.length());
        }
        String code = e.getError();
        if (code == null || code.contains(" ") || code.equals(message)) {
            return message;
        }
        return code + ": " + message;
    }

    /** The expression as written, without the {@code {% %}} delimiters. */
    public String text() {
        return text;
    }

    @Override
    public String toString() {
        return text;
    }
}
