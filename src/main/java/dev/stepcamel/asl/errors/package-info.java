/** ASL's error names, the exception that carries one, and the ErrorEquals matching rule. */
package dev.stepcamel.asl.errors;
