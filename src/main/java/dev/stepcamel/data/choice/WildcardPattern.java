package dev.stepcamel.data.choice;

import java.util.Arrays;

/**
 * A {@code StringMatches} pattern: {@code *} matches any run of characters (including none) and
 * nothing else is special, except that {@code \*} is a literal star and {@code \\} a literal
 * backslash. A backslash before any other character stays a literal backslash.
 */
final class WildcardPattern {
    private static final int STAR = -1;

    /** Code points of the pattern, with {@link #STAR} for an unescaped wildcard. */
    private final int[] tokens;

    private WildcardPattern(int[] tokens) {
        this.tokens = tokens;
    }

    static WildcardPattern compile(String pattern) {
        int[] out = new int[pattern.length()];
        int n = 0;
        int i = 0;
        while (i < pattern.length()) {
            int c = pattern.codePointAt(i);
            i += Character.charCount(c);
            if (c == '\\' && i < pattern.length() && (pattern.charAt(i) == '*' || pattern.charAt(i) == '\\')) {
                out[n++] = pattern.charAt(i++);
            } else {
                out[n++] = c == '*' ? STAR : c;
            }
        }
        return new WildcardPattern(Arrays.copyOf(out, n));
    }

    /** Linear-time glob match with one backtrack point (the last star seen); no allocation. */
    boolean matches(String text) {
        int t = 0;
        int p = 0;
        int starP = -1;
        int starT = 0;
        while (t < text.length()) {
            int c = text.codePointAt(t);
            if (p < tokens.length && tokens[p] != STAR && tokens[p] == c) {
                p++;
                t += Character.charCount(c);
            } else if (p < tokens.length && tokens[p] == STAR) {
                starP = p++;
                starT = t;
            } else if (starP >= 0) {
                p = starP + 1;
                starT += Character.charCount(text.codePointAt(starT));
                t = starT;
            } else {
                return false;
            }
        }
        while (p < tokens.length && tokens[p] == STAR) {
            p++;
        }
        return p == tokens.length;
    }
}
