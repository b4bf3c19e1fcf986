package dev.stepcamel.asl.validate;

import static dev.stepcamel.asl.validate.Definitions.invalid;
import static dev.stepcamel.asl.validate.Definitions.problems;
import static dev.stepcamel.asl.validate.Definitions.schema;
import static dev.stepcamel.asl.validate.Definitions.single;
import static dev.stepcamel.asl.validate.Definitions.target;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Parallel and Map, whose branches and processors are graphs checked like the machine. */
class NestingValidationTest {
    private static final String GRAPH = "'StartAt':'I','States':{'I':{'Type':'Pass','End':true}}";
    private static final String DISTRIBUTED = "'ItemProcessor':{'ProcessorConfig':{'Mode':'DISTRIBUTED',"
            + "'ExecutionType':'STANDARD'}," + GRAPH + "},";
    private static final String INLINE = "'ItemProcessor':{" + GRAPH + "},";

    private static String map(String fields) {
        return single("{'Type':'Map'," + fields + "'End':true}");
    }

    private static String parallel(String branches) {
        return single("{'Type':'Parallel','Branches':[" + branches + "],'End':true}");
    }

    static Stream<Arguments> invalidDefinitions() {
        return Stream.of(
                invalid("no Branches", single("{'Type':'Parallel','End':true}"), schema("/States/S")),
                invalid("empty Branches", parallel(""), schema("/States/S/Branches")),
                invalid("branch not an object", parallel("1"), schema("/States/S/Branches/0")),
                invalid("branch without StartAt", parallel("{'States':{'I':{'Type':'Pass','End':true}}}"),
                        schema("/States/S/Branches/0")),
                invalid("unknown branch field", parallel("{'Version':'1.0'," + GRAPH + "}"),
                        schema("/States/S/Branches/0")),
                invalid("problem in the second branch", parallel("{" + GRAPH.replace("'I'", "'A'") + "},{"
                        + "'StartAt':'B','States':{'B':{'Type':'Pass','InputPath':'x','End':true}}}"),
                        schema("/States/S/Branches/1/States/B/InputPath")),
                invalid("branch StartAt names no state", parallel("{'StartAt':'X','States':{'I':{'Type':'Pass',"
                        + "'End':true}}}"), target("/States/S/Branches/0/StartAt")),
                invalid("ItemProcessor and Iterator", map(INLINE + "'Iterator':{" + GRAPH.replace("'I'", "'J'")
                        + "},"), schema("/States/S")),
                invalid("no processor", map(""), schema("/States/S")),
                invalid("ItemSelector and Parameters", map(INLINE + "'ItemSelector':{},'Parameters':{},"),
                        schema("/States/S")),
                invalid("ItemSelector template", map(INLINE + "'ItemSelector':{'v.$':'value'},"),
                        schema("/States/S/ItemSelector/v.$")),
                invalid("ItemsPath not a path", map(INLINE + "'ItemsPath':'items',"), schema("/States/S/ItemsPath")),
                invalid("unknown Mode", map("'ItemProcessor':{'ProcessorConfig':{'Mode':'PARALLEL'}," + GRAPH
                        + "},"), schema("/States/S/ItemProcessor/ProcessorConfig/Mode")),
                invalid("DISTRIBUTED without ExecutionType", map("'ItemProcessor':{'ProcessorConfig':"
                        + "{'Mode':'DISTRIBUTED'}," + GRAPH + "},"), schema("/States/S/ItemProcessor/ProcessorConfig")),
                invalid("ExecutionType with INLINE", map("'ItemProcessor':{'ProcessorConfig':{'Mode':'INLINE',"
                        + "'ExecutionType':'EXPRESS'}," + GRAPH + "},"),
                        schema("/States/S/ItemProcessor/ProcessorConfig/ExecutionType")),
                invalid("unknown ExecutionType", map("'ItemProcessor':{'ProcessorConfig':{'Mode':'DISTRIBUTED',"
                        + "'ExecutionType':'FAST'}," + GRAPH + "},"),
                        schema("/States/S/ItemProcessor/ProcessorConfig/ExecutionType")),
                invalid("negative MaxConcurrency", map(INLINE + "'MaxConcurrency':-1,"),
                        schema("/States/S/MaxConcurrency")),
                invalid("MaxConcurrency and its Path", map(INLINE + "'MaxConcurrency':1,'MaxConcurrencyPath':'$.m',"),
                        schema("/States/S")),
                invalid("percentage above 100", map(DISTRIBUTED + "'ToleratedFailurePercentage':101,"),
                        schema("/States/S/ToleratedFailurePercentage")),
                invalid("negative tolerated count", map(DISTRIBUTED + "'ToleratedFailureCount':-1,"),
                        schema("/States/S/ToleratedFailureCount")),
                invalid("tolerated count and its Path", map(DISTRIBUTED
                        + "'ToleratedFailureCount':1,'ToleratedFailureCountPath':'$.c',"), schema("/States/S")),
                invalid("ItemReader in an inline Map", map(INLINE + "'ItemReader':{'Resource':"
                        + "'arn:aws:states:::s3:getObject'},"), schema("/States/S/ItemReader")),
                invalid("Label in an inline Map", map(INLINE + "'Label':'x',"), schema("/States/S/Label")),
                invalid("ResultWriter in an inline Map", map(INLINE + "'ResultWriter':{},"),
                        schema("/States/S/ResultWriter")),
                invalid("ItemBatcher in an inline Map", map(INLINE + "'ItemBatcher':{},"),
                        schema("/States/S/ItemBatcher")),
                invalid("ItemReader without Resource", map(DISTRIBUTED + "'ItemReader':{},"),
                        schema("/States/S/ItemReader")),
                invalid("Parameters in a JSONata ItemReader", map(DISTRIBUTED + "'QueryLanguage':'JSONata',"
                        + "'ItemReader':{'Resource':'arn:aws:states:::s3:getObject','Parameters':{}},"),
                        schema("/States/S/ItemReader/Parameters")),
                invalid("label with a forbidden character", map(DISTRIBUTED + "'Label':'a:b',"),
                        "INVALID_LABEL_NAME@/States/S/Label"),
                invalid("label with a control character", map(DISTRIBUTED + "'Label':'a\\u0007',"),
                        "INVALID_LABEL_NAME@/States/S/Label"),
                invalid("label too long", map(DISTRIBUTED + "'Label':'" + "x".repeat(41) + "',"),
                        "INVALID_LABEL_NAME@/States/S/Label"),
                invalid("unreachable state in processor", map("'ItemProcessor':{'StartAt':'I','States':{"
                        + "'I':{'Type':'Pass','End':true},'J':{'Type':'Pass','End':true}}},"),
                        target("/States/S/ItemProcessor/States/J")),
                invalid("processor without an end", map("'ItemProcessor':{'StartAt':'I','States':{"
                        + "'I':{'Type':'Pass','Next':'I'}}},"), "MISSING_END_STATE@/States/S/ItemProcessor/States"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidDefinitions")
    void reportsEachProblemWithCodeAndLocation(String name, String definition, List<String> expected) {
        assertThat(problems(definition)).containsExactlyInAnyOrderElementsOf(expected);
    }
}
