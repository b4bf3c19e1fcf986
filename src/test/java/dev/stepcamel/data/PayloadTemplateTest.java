package dev.stepcamel.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepcamel.asl.errors.AslException;
import dev.stepcamel.asl.errors.ErrorNames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PayloadTemplateTest {
    private static final EvaluationContext CONTEXT =
            () -> json("{'Execution': {'Id': 'exec-1', 'Input': {'n': 1}}, 'State': {'Name': 'Go'}}");

    private static JsonNode json(String text) {
        try {
            return Json.parse(text.replace('\'', '"'));
        } catch (Exception e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    private static JsonNode evaluate(String template, String input) {
        return PayloadTemplate.compile(json(template)).evaluate(json(input), CONTEXT);
    }

    @Test
    void dollarFieldsTakeTheirValueFromAPathAndLoseTheSuffix() {
        JsonNode out = evaluate("{'name.$': '$.user.name', 'all.$': '$', 'first.$': '$.list[0]'}",
                "{'user': {'name': 'ada'}, 'list': [7, 8]}");

        assertThat(out).isEqualTo(json(
                "{'name': 'ada', 'all': {'user': {'name': 'ada'}, 'list': [7, 8]}, 'first': 7}"));
    }

    @Test
    void contextPathsReadTheContextObject() {
        JsonNode out = evaluate("{'id.$': '$$.Execution.Id', 'state.$': '$$.State.Name', 'ctx.$': '$$'}", "{}");

        assertThat(out.get("id").textValue()).isEqualTo("exec-1");
        assertThat(out.get("state").textValue()).isEqualTo("Go");
        assertThat(out.get("ctx")).isEqualTo(CONTEXT.contextObject());
    }

    @Test
    void literalFieldsAreCopiedAsWritten() {
        JsonNode out = evaluate("{'a': 1, 'b': '$.not.a.path', 'c': [true, null], 'd': {'e': 'f'}, 'x.$': '$.x'}",
                "{'x': 0}");

        assertThat(out).isEqualTo(json("{'a': 1, 'b': '$.not.a.path', 'c': [true, null], 'd': {'e': 'f'}, 'x': 0}"));
    }

    @Test
    void nestedObjectsAndArraysAreProcessedRecursively() {
        JsonNode out = evaluate(
                "{'outer': {'inner': {'v.$': '$.v'}, 'k': 1}, 'list': [1, {'w.$': '$.w'}, [{'v.$': '$.v'}]]}",
                "{'v': 'V', 'w': [1, 2]}");

        assertThat(out).isEqualTo(json(
                "{'outer': {'inner': {'v': 'V'}, 'k': 1}, 'list': [1, {'w': [1, 2]}, [{'v': 'V'}]]}"));
    }

    @Test
    void keepsTheTemplatesFieldOrder() {
        JsonNode out = evaluate("{'z': 1, 'y.$': '$.y', 'x': 2}", "{'y': 0}");

        assertThat(out.fieldNames()).toIterable().containsExactly("z", "y", "x");
    }

    @Test
    void literalPartsAreBuiltOnceAndShared() {
        PayloadTemplate template = PayloadTemplate.compile(json("{'fixed': {'a': [1, 2]}, 'v.$': '$.v'}"));

        JsonNode first = template.evaluate(json("{'v': 1}"), CONTEXT);
        JsonNode second = template.evaluate(json("{'v': 2}"), CONTEXT);

        assertThat(first.get("fixed")).isSameAs(second.get("fixed"));
        assertThat(first.get("v").intValue()).isEqualTo(1);
        assertThat(second.get("v").intValue()).isEqualTo(2);
    }

    @Test
    void aTemplateWithoutPathsIsConstant() {
        PayloadTemplate template = PayloadTemplate.compile(json("{'a': {'b': [1, {'c': 2}]}}"));

        assertThat(template.isConstant()).isTrue();
        assertThat(template.evaluate(json("{}"), CONTEXT)).isSameAs(template.evaluate(json("{'x': 1}"), CONTEXT));
        assertThat(PayloadTemplate.compile(json("{'a': [{'b.$': '$'}]}")).isConstant()).isFalse();
    }

    @Test
    void laterChangesToTheTemplateNodeDoNotLeakIn() {
        JsonNode source = json("{'a': 1, 'v.$': '$.v'}");
        PayloadTemplate template = PayloadTemplate.compile(source);
        ((ObjectNode) source).put("a", 99);

        assertThat(template.evaluate(json("{'v': 0}"), CONTEXT).get("a").intValue()).isEqualTo(1);
    }

    @Test
    void doesNotModifyTheInput() {
        JsonNode input = json("{'v': {'w': 1}}");
        JsonNode copy = input.deepCopy();

        evaluate("{'v.$': '$.v', 'again.$': '$.v.w'}", Json.write(input));
        PayloadTemplate.compile(json("{'v.$': '$.v'}")).evaluate(input, CONTEXT);

        assertThat(input).isEqualTo(copy);
    }

    @Test
    void aPathThatSelectsNothingFailsWithAwsCause() {
        assertThatThrownBy(() -> evaluate("{'ok': 1, 'nested': {'bar.$': '$.foo'}}", "{'x': [1, 'two']}"))
                .isInstanceOfSatisfying(AslException.class, e -> {
                    assertThat(e.error()).isEqualTo(ErrorNames.RUNTIME);
                    assertThat(e.cause()).isEqualTo("The JSONPath '$.foo' specified for the field 'bar.$' "
                            + "could not be found in the input '{\"x\":[1,\"two\"]}'");
                });
    }

    @Test
    void aContextPathThatSelectsNothingFailsTheSameWay() {
        assertThatThrownBy(() -> evaluate("{'value.$': '$$.Execution.Input.nope'}", "{'n': 1}"))
                .isInstanceOfSatisfying(AslException.class, e -> assertThat(e.cause()).isEqualTo(
                        "The JSONPath '$$.Execution.Input.nope' specified for the field 'value.$' "
                                + "could not be found in the input '{\"n\":1}'"));
    }

    @Test
    void nullIsAValueNotAMissingPath() {
        assertThat(evaluate("{'v.$': '$.v'}", "{'v': null}")).isEqualTo(json("{'v': null}"));
    }

    @Test
    void anIndefinitePathYieldsAnArray() {
        assertThat(evaluate("{'names.$': '$.people[*].name'}", "{'people': [{'name': 'a'}, {'name': 'b'}]}"))
                .isEqualTo(json("{'names': ['a', 'b']}"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{'v.$': 1}", "{'v.$': 'plain'}", "{'v.$': null}", "{'v.$': {'a': '$.a'}}",
        "{'v.$': '$.a[?(@.b =='}", "{'a': [{'v.$': true}]}"})
    void aDollarFieldMustHoldAPathOrAnIntrinsicCall(String template) {
        assertThatThrownBy(() -> PayloadTemplate.compile(json(template)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("v.$");
    }

    @Test
    void intrinsicCallsCompile() {
        JsonNode template = Json.MAPPER.createObjectNode().put("s.$", "States.Format('x{}', $.v)");

        assertThatCode(() -> PayloadTemplate.compile(template)).doesNotThrowAnyException();
    }
}
