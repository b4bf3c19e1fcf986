package dev.stepcamel.data.intrinsic;

import dev.stepcamel.data.JsonPathExpression;

/**
 * Reads a path argument ({@code $...} or {@code $$...}): it ends at the first {@code ,} or
 * {@code )} outside brackets, filter parentheses and quoted names, so that
 * {@code $.a[?(@.n == 'x, y')]} stays one argument. The path is compiled once, here.
 */
final class PathScanner {
    private PathScanner() {
    }

    static Argument.PathArgument scan(IntrinsicParser parser) {
        String text = parser.text();
        int start = parser.pos();
        int end = endOfPath(text, start);
        String path = text.substring(start, end).strip();
        try {
            Argument.PathArgument argument = new Argument.PathArgument(JsonPathExpression.compile(path));
            parser.moveTo(end);
            return argument;
        } catch (IllegalArgumentException e) {
            throw parser.error("invalid path argument '" + path + "' (" + e.getMessage() + ")");
        }
    }

    private static int endOfPath(String text, int start) {
        int brackets = 0;
        int parens = 0;
        char quote = 0;
        int i = start;
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if ((c == '\'' || c == '"') && brackets > 0) {
                quote = c;
            } else if (c == '[') {
                brackets++;
            } else if (c == ']') {
                brackets--;
            } else if (c == '(') {
                parens++;
            } else if (brackets == 0 && parens == 0 && (c == ',' || c == ')')) {
                break;
            } else if (c == ')') {
                parens--;
            }
        }
        return i;
    }
}
