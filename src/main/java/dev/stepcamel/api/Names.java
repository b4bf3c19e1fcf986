package dev.stepcamel.api;

/**
 * AWS's naming rules for state machines and executions: 1 to 80 characters, no white space, no
 * brackets, wildcards, the special characters {@code " # % \ ^ | ~ ` $ & , ; : /}, nor control
 * characters (U+0000-001F, U+007F-009F).
 */
final class Names {
    private static final String FORBIDDEN = "<>{}[]?*\"#%\\^|~`$&,;:/";
    static final int MAX_LENGTH = 80;

    private Names() {
    }

    static boolean isValid(String name) {
        if (name.isEmpty() || name.codePointCount(0, name.length()) > MAX_LENGTH) {
            return false;
        }
        return name.codePoints().noneMatch(Names::isForbidden);
    }

    static String require(String name) {
        if (!isValid(name)) {
            throw Errors.invalidName(name);
        }
        return name;
    }

    private static boolean isForbidden(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c <= 0x1F || (c >= 0x7F && c <= 0x9F)
                || FORBIDDEN.indexOf(c) >= 0;
    }
}
