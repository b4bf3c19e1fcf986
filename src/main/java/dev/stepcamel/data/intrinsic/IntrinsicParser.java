package dev.stepcamel.data.intrinsic;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.stepcamel.data.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A hand-written recursive-descent parser for one intrinsic call. It resolves functions, checks
 * argument counts and literal types, and reports problems with the position where they occur.
 */
final class IntrinsicParser {
    private static final String PREFIX = "States.";
    /** The developer guide allows up to 10 nested intrinsics in a field. */
    static final int MAX_NESTING = 10;
    private static final Pattern NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");

    private final String text;
    private int pos;
    private int depth;

    private IntrinsicParser(String text) {
        this.text = text;
    }

    static Argument.Call parse(String text) {
        IntrinsicParser parser = new IntrinsicParser(text);
        Argument.Call call = parser.call();
        parser.skipSpace();
        if (parser.pos < text.length()) {
            throw parser.error("unexpected text after the closing parenthesis");
        }
        return call;
    }

    private Argument.Call call() {
        int start = pos;
        if (!text.startsWith(PREFIX, pos)) {
            throw error("expected a function name starting with 'States.'");
        }
        pos += PREFIX.length();
        while (pos < text.length() && Character.isLetterOrDigit(text.charAt(pos))) {
            pos++;
        }
        String name = text.substring(start, pos);
        IntrinsicFunction function = FunctionTable.find(name);
        if (function == null) {
            pos = start;
            throw error("unknown function '" + name + "'");
        }
        if (++depth > MAX_NESTING) {
            pos = start;
            throw error("more than " + MAX_NESTING + " nested intrinsic functions");
        }
        skipSpace();
        expect('(');
        List<Argument> arguments = new ArrayList<>();
        skipSpace();
        if (!peek(')')) {
            do {
                arguments.add(argument());
                skipSpace();
            } while (accept(','));
        }
        expect(')');
        depth--;
        return new Argument.Call(checked(function, arguments), arguments);
    }

    private IntrinsicFunction checked(IntrinsicFunction function, List<Argument> arguments) {
        int count = arguments.size();
        if (count < function.minArgs() || count > function.maxArgs()) {
            throw new IllegalArgumentException(function.name() + " takes " + expectedCount(function)
                    + " but was given " + count + ", in: " + text);
        }
        for (int i = 0; i < count; i++) {
            ArgType type = function.typeOf(i);
            if (arguments.get(i) instanceof Argument.Literal literal && !type.accepts(literal.value())) {
                throw new IllegalArgumentException(function.name() + ": argument " + (i + 1) + " must be "
                        + type.description() + ", but is the literal " + Json.write(literal.value()) + ", in: " + text);
            }
        }
        try {
            return function.prepareFor(arguments);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(e.getMessage() + ", in: " + text, e);
        }
    }

    private static String expectedCount(IntrinsicFunction function) {
        if (function.maxArgs() == Integer.MAX_VALUE) {
            return "at least " + function.minArgs() + " argument(s)";
        }
        if (function.minArgs() == function.maxArgs()) {
            return function.minArgs() + " argument(s)";
        }
        return function.minArgs() + " to " + function.maxArgs() + " arguments";
    }

    private Argument argument() {
        skipSpace();
        if (pos >= text.length()) {
            throw error("expected an argument");
        }
        char c = text.charAt(pos);
        if (c == '\'') {
            return StringLiteralScanner.scan(this);
        }
        if (c == '$') {
            return PathScanner.scan(this);
        }
        if (text.startsWith(PREFIX, pos)) {
            return call();
        }
        return constant();
    }

    /** A number, {@code true}, {@code false} or {@code null}: everything up to the next delimiter. */
    private Argument constant() {
        int start = pos;
        while (pos < text.length() && ",)".indexOf(text.charAt(pos)) < 0
                && !Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
        String token = text.substring(start, pos);
        boolean keyword = token.equals("true") || token.equals("false") || token.equals("null");
        if (!keyword && !NUMBER.matcher(token).matches()) {
            pos = start;
            throw error(token.isEmpty() ? "expected an argument" : "unexpected '" + token + "'");
        }
        try {
            return new Argument.ConstantLiteral(Json.parse(token));
        } catch (JsonProcessingException e) {
            pos = start;
            throw error("invalid literal '" + token + "'");
        }
    }

    void skipSpace() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private boolean peek(char c) {
        return pos < text.length() && text.charAt(pos) == c;
    }

    private boolean accept(char c) {
        if (peek(c)) {
            pos++;
            return true;
        }
        return false;
    }

    private void expect(char c) {
        if (!accept(c)) {
            throw error(pos >= text.length() ? "expected '" + c + "' but the text ended" : "expected '" + c + "'");
        }
    }

    String text() {
        return text;
    }

    int pos() {
        return pos;
    }

    void moveTo(int position) {
        pos = position;
    }

    IllegalArgumentException error(String problem) {
        return new IllegalArgumentException("Invalid intrinsic function call " + text + ": " + problem
                + " at position " + pos);
    }
}
