package dev.stepcamel.console;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.regex.Pattern;

/** The page's files, packaged in the jar under {@code console/}. */
final class StaticAssets {
    private static final Pattern SAFE = Pattern.compile("[a-zA-Z0-9_-]+(\\.[a-zA-Z0-9]+)+");
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8", "css", "text/css; charset=utf-8", "svg", "image/svg+xml",
            "md", "text/plain; charset=utf-8", "LICENSE", "text/plain; charset=utf-8");

    private StaticAssets() {
    }

    /** The file at {@code console/<dir>/<file>}, or {@code null} when there is none (or the name is unsafe). */
    static ConsoleHttp.Reply read(String dir, String file) throws IOException {
        if (file == null || !SAFE.matcher(file).matches()) {
            return null;
        }
        String resource = "console/" + (dir.isEmpty() ? "" : dir + "/") + file;
        try (InputStream in = StaticAssets.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                return null;
            }
            String ext = file.substring(file.lastIndexOf('.') + 1);
            return new ConsoleHttp.Reply(200, TYPES.getOrDefault(ext, "application/octet-stream"), in.readAllBytes());
        }
    }
}
