package dev.stepcamel.asl.validate;

import static dev.stepcamel.asl.validate.Definitions.json;
import static dev.stepcamel.asl.validate.Definitions.machine;
import static dev.stepcamel.asl.validate.Definitions.single;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.stepcamel.data.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ValidDefinitionsTest {

    static Stream<Arguments> validDefinitions() {
        return Stream.of(
                Arguments.of("minimal pass", single("{'Type':'Pass','End':true}")),
                Arguments.of("top-level extras", json("{'Comment':'c','Version':'1.0','TimeoutSeconds':60,"
                        + "'QueryLanguage':'JSONPath','StartAt':'S','States':{'S':{'Type':'Succeed'}}}")),
                Arguments.of("pass with data flow", single("{'Type':'Pass','InputPath':'$.in','OutputPath':null,"
                        + "'ResultPath':'$.out[0].x','Parameters':{'a.$':'$.b','c':{'d.$':'$$.Execution.Id'},"
                        + "'list':[{'e.$':'$.f[*].g'}],'plain':'$.not.a.path'},'Result':{'x.$':5},'End':true}")),
                Arguments.of("null ResultPath and InputPath", single("{'Type':'Pass','ResultPath':null,"
                        + "'InputPath':null,'End':true}")),
                Arguments.of("intrinsic in template", single("{'Type':'Pass',"
                        + "'Parameters':{'m.$':'States.Format(`{}`, $.name)'},'End':true}")),
                Arguments.of("variables in Assign and paths", single("{'Type':'Pass',"
                        + "'Assign':{'total.$':'$.sum'},'Parameters':{'t.$':'$total.value'},'End':true}")),
                Arguments.of("task with everything", single("{'Type':'Task',"
                        + "'Resource':'arn:aws:states:::lambda:invoke','TimeoutSeconds':10,'HeartbeatSeconds':5,"
                        + "'Parameters':{'FunctionName':'f'},'ResultSelector':{'p.$':'$.Payload'},"
                        + "'Credentials':{'RoleArn':'arn:aws:iam::123456789012:role/r'},"
                        + "'Retry':[{'ErrorEquals':['States.Timeout'],'IntervalSeconds':1,'MaxAttempts':0,"
                        + "'BackoffRate':1.5,'MaxDelaySeconds':5,'JitterStrategy':'FULL'},"
                        + "{'ErrorEquals':['States.ALL']}],'End':true}")),
                Arguments.of("task with path timeouts", single("{'Type':'Task',"
                        + "'Resource':'arn:aws:lambda:us-east-1:123456789012:function:f',"
                        + "'TimeoutSecondsPath':'$.t','HeartbeatSecondsPath':'$.h','End':true}")),
                Arguments.of("value paths from variables and the context", single("{'Type':'Task',"
                        + "'Resource':'arn:aws:states:::lambda:invoke','TimeoutSecondsPath':'$timeout',"
                        + "'HeartbeatSecondsPath':'$$.Execution.Input.beat','End':true}")),
                Arguments.of("state reached only through Catch", machine("T", "'T':{'Type':'Task',"
                        + "'Resource':'arn:aws:states:::sqs:sendMessage','Catch':[{'ErrorEquals':['States.ALL'],"
                        + "'ResultPath':'$.error','Next':'Recover'}],'End':true},"
                        + "'Recover':{'Type':'Fail','Error':'E','Cause':'c'}")),
                Arguments.of("choice with every operand kind", machine("C", "'C':{'Type':'Choice','Choices':["
                        + "{'Variable':'$.s','StringEquals':'x','Next':'Done'},"
                        + "{'Variable':'$.s','StringMatches':'log-*.txt','Next':'Done'},"
                        + "{'Variable':'$.n','NumericGreaterThanEquals':1.5,'Next':'Done'},"
                        + "{'Variable':'$.b','BooleanEquals':false,'Next':'Done'},"
                        + "{'Variable':'$.t','TimestampLessThan':'2016-03-14T01:59:00.123+02:00','Next':'Done'},"
                        + "{'Variable':'$.n','NumericEqualsPath':'$$.Execution.Input.n','Next':'Done'},"
                        + "{'Variable':'$.x','IsPresent':true,'Next':'Done'},"
                        + "{'And':[{'Variable':'$.a','IsNull':false},{'Not':{'Variable':'$.a',"
                        + "'StringEquals':'z'}}],'Next':'Done'},"
                        + "{'Or':[{'Variable':'$.a','IsString':true}],'Next':'Other'}],'Default':'Done'},"
                        + "'Done':{'Type':'Succeed'},'Other':{'Type':'Pass','Next':'Done'}")),
                Arguments.of("waits", machine("W1", "'W1':{'Type':'Wait','Seconds':0,'Next':'W2'},"
                        + "'W2':{'Type':'Wait','Timestamp':'2016-03-14T01:59:00Z','Next':'W3'},"
                        + "'W3':{'Type':'Wait','SecondsPath':'$.s','Next':'W4'},"
                        + "'W4':{'Type':'Wait','TimestampPath':'$.t','End':true}")),
                Arguments.of("fail with paths", single("{'Type':'Fail','ErrorPath':'$.e',"
                        + "'CausePath':'States.Format(`{}`, $.c)'}")),
                Arguments.of("parallel", single("{'Type':'Parallel','Branches':["
                        + "{'StartAt':'A','States':{'A':{'Type':'Pass','Next':'B'},'B':{'Type':'Succeed'}}},"
                        + "{'Comment':'two','StartAt':'C','States':{'C':{'Type':'Pass','End':true}}}],"
                        + "'ResultSelector':{'r.$':'$[0]'},'Retry':[{'ErrorEquals':['States.ALL']}],'End':true}")),
                Arguments.of("inline map", single("{'Type':'Map','ItemsPath':'$.items','MaxConcurrency':0,"
                        + "'ItemSelector':{'i.$':'$$.Map.Item.Value'},'ItemProcessor':{'ProcessorConfig':"
                        + "{'Mode':'INLINE'},'StartAt':'I','States':{'I':{'Type':'Pass','End':true}}},'End':true}")),
                Arguments.of("deprecated iterator with parameters", single("{'Type':'Map','Parameters':"
                        + "{'i.$':'$$.Map.Item.Index'},'Iterator':{'StartAt':'I','States':"
                        + "{'I':{'Type':'Pass','End':true}}},'End':true}")),
                Arguments.of("distributed map", single("{'Type':'Map','Label':'my-label_1',"
                        + "'ToleratedFailurePercentage':5.5,'ToleratedFailureCountPath':'$.count',"
                        + "'MaxConcurrencyPath':'$.mc','ItemReader':{'Resource':'arn:aws:states:::s3:getObject',"
                        + "'ReaderConfig':{'InputType':'CSV'},'Parameters':{'Bucket':'b','Key.$':'$.key'}},"
                        + "'ItemBatcher':{'MaxItemsPerBatch':10},'ResultWriter':{'Resource':"
                        + "'arn:aws:states:::s3:putObject','Parameters':{'Bucket':'b','Prefix':'p'}},"
                        + "'ItemProcessor':{'ProcessorConfig':{'Mode':'DISTRIBUTED','ExecutionType':'EXPRESS'},"
                        + "'StartAt':'I','States':{'I':{'Type':'Pass','End':true}}},'End':true}")),
                Arguments.of("JSONata distributed map", single("{'Type':'Map','QueryLanguage':'JSONata',"
                        + "'ItemReader':{'Resource':'arn:aws:states:::s3:getObject','ReaderConfig':{'InputType':'JSON',"
                        + "'MaxItems':'{% $states.input.max %}'},'Arguments':{'Bucket':'b','Key':'{% $states.input.key %}'}},"
                        + "'ItemBatcher':{'MaxItemsPerBatch':'{% 2 %}','MaxInputBytesPerBatch':'{% 1000 %}',"
                        + "'BatchInput':{'at':'{% $states.context.State.EnteredTime %}'}},"
                        + "'ItemProcessor':{'ProcessorConfig':{'Mode':'DISTRIBUTED','ExecutionType':'STANDARD'},"
                        + "'StartAt':'I','States':{'I':{'Type':'Pass','End':true}}},'End':true}")),
                Arguments.of("loops are fine when something ends", machine("A", "'A':{'Type':'Pass','Next':'B'},"
                        + "'B':{'Type':'Choice','Choices':[{'Variable':'$.again','BooleanEquals':true,"
                        + "'Next':'A'}],'Default':'End'},'End':{'Type':'Succeed'}")),
                Arguments.of("80-character state name", single("{'Type':'Pass','End':true}")
                        .replace("\"S\"", "\"" + "n".repeat(80) + "\"")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validDefinitions")
    void acceptsValidDefinition(String name, String definition) {
        assertThat(Definitions.problems(definition)).isEmpty();
    }

    /** Every node of a valid definition swapped for an odd value: problems are reported, never thrown. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("validDefinitions")
    void neverThrowsWhenAnyValueIsReplaced(String name, String definition) throws Exception {
        JsonNode original = Json.parse(definition);
        List<JsonNode> oddValues = List.of(NullNode.instance, IntNode.valueOf(-1), TextNode.valueOf("x"),
                TextNode.valueOf("$"), Json.MAPPER.createArrayNode(), Json.MAPPER.createObjectNode(),
                BooleanNode.FALSE);
        DefinitionValidator validator = new DefinitionValidator();
        int checked = 0;
        for (JsonPointer at : pointers(original, JsonPointer.empty())) {
            for (JsonNode odd : oddValues) {
                JsonNode changed = original.deepCopy();
                JsonNode parent = changed.at(at.head());
                if (parent instanceof ObjectNode object) {
                    object.set(at.last().getMatchingProperty(), odd);
                } else {
                    ((ArrayNode) parent).set(at.last().getMatchingIndex(), odd);
                }
                assertThat(validator.validate(Json.write(changed))).isNotNull();
                checked++;
            }
        }
        assertThat(checked).isPositive();
    }

    private static List<JsonPointer> pointers(JsonNode node, JsonPointer at) {
        List<JsonPointer> found = new ArrayList<>();
        if (!at.matches()) {
            found.add(at);
        }
        if (node.isObject()) {
            node.fieldNames().forEachRemaining(f -> found.addAll(pointers(node.get(f), at.appendProperty(f))));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                found.addAll(pointers(node.get(i), at.appendIndex(i)));
            }
        }
        return found;
    }
}
