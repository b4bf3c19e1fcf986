package dev.stepcamel.data.jsonata;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which members of {@code $states} ({@code input}, {@code result}, {@code errorOutput},
 * {@code context}) a JSONata expression reads, so that a definition reading one where it is not
 * available is refused when it is created, as AWS does. String literals, quoted names and
 * comments are skipped, so {@code '$states.result'} in a string is not a reference.
 */
public final class StatesReferences {
    private static final Pattern MEMBER = Pattern.compile("\\$states\\s*\\.\\s*([A-Za-z_][A-Za-z0-9_]*)");
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private StatesReferences() {
    }

    /** @param expression the text between {@code {%} and {@code %}} */
    public static Set<String> members(String expression) {
        Set<String> members = new LinkedHashSet<>();
        Matcher m = MEMBER.matcher(withoutLiterals(expression));
        while (m.find()) {
            members.add(m.group(1));
        }
        return members;
    }

    /**
     * The expression with string literals and comments blanked, and backquoted names unquoted
     * when they are plain names ({@code $states.`result`} reads {@code result}).
     */
    static String withoutLiterals(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '*') {
                int end = text.indexOf("*/", i + 2);
                i = end < 0 ? text.length() : end + 2;
                out.append(' ');
            } else if (c == '"' || c == '\'' || c == '`') {
                int end = closing(text, i);
                String content = text.substring(i + 1, Math.min(end, text.length()));
                out.append(c == '`' && NAME.matcher(content).matches() ? content : "\"\"");
                i = end + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** The index of the quote closing the literal opened at {@code start} (or the text's end). */
    private static int closing(String text, int start) {
        char quote = text.charAt(start);
        for (int i = start + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && quote != '`') {
                i++;
            } else if (c == quote) {
                return i;
            }
        }
        return text.length();
    }
}
