package dev.stepcamel.compile;

import dev.stepcamel.asl.model.DataFlow;
import dev.stepcamel.compile.step.AssignStep;
import dev.stepcamel.compile.step.InputPathStep;
import dev.stepcamel.compile.step.JsonataStep;
import dev.stepcamel.compile.step.ResultPathStep;
import dev.stepcamel.compile.step.TemplateStep;
import org.apache.camel.model.ProcessorDefinition;

/**
 * Appends ASL's input and output processing to a route, in the spec's order; a field left at
 * its default adds no step. JSONPath: InputPath, Parameters, (work), ResultSelector, Assign,
 * ResultPath, OutputPath. JSONata: Arguments, (work), Assign, Output.
 */
final class DataFlowSteps {
    private DataFlowSteps() {
    }

    /** InputPath, then Parameters; or Arguments. */
    static void input(ProcessorDefinition<?> route, DataFlow flow) {
        if (flow.isJsonata()) {
            if (flow.jsonata().arguments() != null) {
                RouteSteps.add(route, new JsonataStep("Arguments", flow.jsonata().arguments(), false));
            }
            return;
        }
        if (!DataFlow.ROOT.equals(flow.inputPath())) {
            RouteSteps.add(route, new InputPathStep("InputPath", flow.inputPath()));
        }
        if (flow.parameters() != null) {
            RouteSteps.add(route, new TemplateStep("Parameters", flow.parameters()));
        }
    }

    /**
     * After a state's work: ResultSelector, Assign, ResultPath, then OutputPath; or Assign and Output.
     *
     * @param hasResult whether the work produced a result ({@code $states.result}): Task, Parallel, Map
     */
    static void output(ProcessorDefinition<?> route, DataFlow flow, boolean hasResult) {
        if (flow.isJsonata()) {
            assign(route, flow, hasResult);
            finish(route, flow, hasResult);
            return;
        }
        if (flow.resultSelector() != null) {
            RouteSteps.add(route, new TemplateStep("ResultSelector", flow.resultSelector()));
        }
        assign(route, flow, hasResult);
        if (!DataFlow.ROOT.equals(flow.resultPath())) {
            RouteSteps.add(route, new ResultPathStep(flow.resultPath()));
        }
        finish(route, flow, hasResult);
    }

    /** Assign, staged to take effect when the state exits. */
    static void assign(ProcessorDefinition<?> route, DataFlow flow, boolean hasResult) {
        if (flow.assign() != null) {
            RouteSteps.add(route, flow.isJsonata() ? AssignStep.jsonata(flow.assign(), hasResult)
                    : AssignStep.jsonPath(flow.assign()));
        }
    }

    /** The last data step: OutputPath, or Output. */
    static void finish(ProcessorDefinition<?> route, DataFlow flow, boolean hasResult) {
        if (flow.isJsonata()) {
            if (flow.jsonata().output() != null) {
                RouteSteps.add(route, new JsonataStep("Output", flow.jsonata().output(), hasResult));
            }
            return;
        }
        if (!DataFlow.ROOT.equals(flow.outputPath())) {
            RouteSteps.add(route, new InputPathStep("OutputPath", flow.outputPath()));
        }
    }
}
