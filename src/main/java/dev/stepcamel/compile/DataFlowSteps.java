package dev.stepcamel.compile;

import dev.stepcamel.asl.model.DataFlow;
import dev.stepcamel.compile.step.InputPathStep;
import dev.stepcamel.compile.step.ResultPathStep;
import dev.stepcamel.compile.step.TemplateStep;
import org.apache.camel.model.ProcessorDefinition;

/**
 * Appends ASL's input and output processing to a route, in the spec's order; a field left at
 * its default adds no step.
 */
final class DataFlowSteps {
    private DataFlowSteps() {
    }

    /** InputPath, then Parameters. */
    static void input(ProcessorDefinition<?> route, DataFlow flow) {
        if (!DataFlow.ROOT.equals(flow.inputPath())) {
            RouteSteps.add(route, new InputPathStep("InputPath", flow.inputPath()));
        }
        if (flow.parameters() != null) {
            RouteSteps.add(route, new TemplateStep("Parameters", flow.parameters()));
        }
    }

    /** ResultSelector, ResultPath, then OutputPath. */
    static void output(ProcessorDefinition<?> route, DataFlow flow) {
        if (flow.resultSelector() != null) {
            RouteSteps.add(route, new TemplateStep("ResultSelector", flow.resultSelector()));
        }
        if (!DataFlow.ROOT.equals(flow.resultPath())) {
            RouteSteps.add(route, new ResultPathStep(flow.resultPath()));
        }
        outputPath(route, flow);
    }

    static void outputPath(ProcessorDefinition<?> route, DataFlow flow) {
        if (!DataFlow.ROOT.equals(flow.outputPath())) {
            RouteSteps.add(route, new InputPathStep("OutputPath", flow.outputPath()));
        }
    }
}
