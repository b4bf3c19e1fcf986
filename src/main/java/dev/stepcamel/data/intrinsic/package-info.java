/**
 * ASL intrinsic functions ({@code States.Format}, {@code States.ArrayRange}, ... all eighteen of
 * JSONPath mode), with AWS's results and failures.
 *
 * <p>{@link dev.stepcamel.data.intrinsic.IntrinsicFunctions} is the only public class. A call is
 * parsed once ({@code IntrinsicParser}) into {@code Argument}s: literals, paths and nested calls.
 * Each function is one row ({@code IntrinsicFunction}) in a group class ({@code ArrayFunctions},
 * {@code StringFunctions}, ...), collected by {@code FunctionTable}; its signature lets literals
 * be checked when the definition loads and values be checked when it runs. Run-time cause texts
 * all come from {@code Failures}.
 */
package dev.stepcamel.data.intrinsic;
