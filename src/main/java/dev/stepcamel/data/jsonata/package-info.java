/**
 * JSONata, the query language of {@code QueryLanguage: JSONata}, as Step Functions runs it: the
 * JSONata 2.x engine ({@code com.dashjoin:jsonata}), {@code $states}, Step Functions' added
 * functions, workflow variables, whole numbers printed as integers, and AWS's error texts.
 *
 * <p>{@link dev.stepcamel.data.jsonata.JsonataTemplate} compiles a field value whose
 * {@code "{% ... %}"} strings are expressions; {@link dev.stepcamel.data.jsonata.JsonataExpression}
 * is one expression, parsed once and evaluated under a time and depth bound.
 */
package dev.stepcamel.data.jsonata;
