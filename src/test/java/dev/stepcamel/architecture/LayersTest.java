package dev.stepcamel.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The one-way layers a newcomer reads top-down: the ASL model, then the data language (paths,
 * templates, intrinsics), definition parsing and validation, the compiler, the runtime, the services
 * around it, and the application that wires them. A backward import fails here.
 */
@AnalyzeClasses(packages = "dev.stepcamel", importOptions = ImportOption.DoNotIncludeTests.class)
class LayersTest {

    @ArchTest
    static final ArchRule layersOnlyLookDown = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("Model").definedBy("dev.stepcamel.asl.model..", "dev.stepcamel.asl.errors..")
            .layer("Data").definedBy("dev.stepcamel.data..")
            .layer("Definitions").definedBy("dev.stepcamel.asl.parse..", "dev.stepcamel.asl.validate..")
            .layer("Compile").definedBy("dev.stepcamel.compile..")
            .layer("Runtime").definedBy("dev.stepcamel.runtime..")
            .layer("Services").definedBy("dev.stepcamel.store..", "dev.stepcamel.api..",
                    "dev.stepcamel.integrations..", "dev.stepcamel.config..", "dev.stepcamel.triggers..")
            .layer("Application").definedBy("dev.stepcamel.app..", "dev.stepcamel.cli..", "dev.stepcamel.bench..",
                    "dev.stepcamel.console..")
            .whereLayer("Model").mayNotAccessAnyLayer()
            .whereLayer("Data").mayOnlyAccessLayers("Model")
            .whereLayer("Definitions").mayOnlyAccessLayers("Model", "Data")
            .whereLayer("Compile").mayOnlyAccessLayers("Model", "Data", "Definitions")
            .whereLayer("Runtime").mayOnlyAccessLayers("Model", "Data", "Definitions", "Compile")
            .whereLayer("Services").mayOnlyAccessLayers("Model", "Data", "Definitions", "Compile", "Runtime", "Services");

    @ArchTest
    static final ArchRule aslAndDataKnowNothingOfCamel = noClasses()
            .that().resideInAnyPackage("dev.stepcamel.asl..", "dev.stepcamel.data..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.camel..");
}
