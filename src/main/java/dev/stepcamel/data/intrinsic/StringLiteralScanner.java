package dev.stepcamel.data.intrinsic;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a quoted string argument. The escapes are {@code \'}, {@code \{}, {@code \}} and
 * {@code \\}; any other backslash is kept as written. An unescaped {@code {}} is a placeholder
 * for States.Format, so the literal is also kept split at those.
 */
final class StringLiteralScanner {
    private StringLiteralScanner() {
    }

    static Argument.StringLiteral scan(IntrinsicParser parser) {
        String text = parser.text();
        int start = parser.pos();
        int i = start + 1;
        StringBuilder whole = new StringBuilder();
        StringBuilder part = new StringBuilder();
        List<String> parts = new ArrayList<>();
        while (true) {
            if (i >= text.length()) {
                parser.moveTo(start);
                throw parser.error("unterminated string literal");
            }
            char c = text.charAt(i);
            if (c == '\'') {
                break;
            }
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(i + 1);
                String resolved = "'{}\\".indexOf(next) >= 0 ? String.valueOf(next) : "\\" + next;
                whole.append(resolved);
                part.append(resolved);
                i += 2;
            } else if (c == '{' && i + 1 < text.length() && text.charAt(i + 1) == '}') {
                whole.append("{}");
                parts.add(part.toString());
                part.setLength(0);
                i += 2;
            } else {
                whole.append(c);
                part.append(c);
                i++;
            }
        }
        parts.add(part.toString());
        parser.moveTo(i + 1);
        return new Argument.StringLiteral(whole.toString(), parts);
    }
}
