package dev.stepcamel.asl.model;

import java.util.List;

/** One {@code Catch} entry; {@code resultPath} follows the {@link DataFlow} tri-state. */
public record Catcher(List<String> errorEquals, String next, String resultPath) {
}
