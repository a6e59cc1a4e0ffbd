package com.attentionstudio;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package arrows of DESIGN.md §2. Where the code differs, on purpose: every layer may read
 * {@code core.trace} (the contract views, exporters and the CLI read) and {@code core.InputException}
 * (the one user-facing error type); the CLI may also name the core's TokenSequence and Transformer to time them.
 */
class ArchitectureTest {
    private static final String JDK = "java..";
    private static JavaClasses classes;

    @BeforeAll
    static void importMain() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.attentionstudio");
    }

    /** The JDK's own Vector API (jdk.incubator.vector) counts as the JDK: the fast product kernel uses it. */
    @Test
    void coreDependsOnEjmlAndTheJdkOnly() {
        classes().that().resideInAPackage("com.attentionstudio.core..").should().onlyDependOnClassesThat()
                .resideInAnyPackage("com.attentionstudio.core..", JDK, "jdk.incubator.vector..", "org.ejml..").check(classes);
    }

    @Test
    void ioAndTokenizeDependOnCoreOnly() {
        classes().that().resideInAPackage("com.attentionstudio.io..").should().onlyDependOnClassesThat()
                .resideInAnyPackage("com.attentionstudio.io..", "com.attentionstudio.core..", JDK, "com.fasterxml.jackson..")
                .check(classes);
        classes().that().resideInAPackage("com.attentionstudio.tokenize..").should().onlyDependOnClassesThat()
                .resideInAnyPackage("com.attentionstudio.tokenize..", "com.attentionstudio.core..", JDK, "com.fasterxml.jackson..")
                .check(classes);
    }

    @Test
    void renderReadsTheTraceAndAnalysisOnly() {
        classes().that().resideInAPackage("com.attentionstudio.render..").should().onlyDependOnClassesThat()
                .resideInAnyPackage("com.attentionstudio.render..", "com.attentionstudio.core.trace..",
                        "com.attentionstudio.core.analysis..", "com.attentionstudio.core", JDK, "javax.swing..", "org.scilab..")
                .allowEmptyShould(true).check(classes);
    }

    @Test
    void exportDependsOnRender() {
        noClasses().that().resideInAPackage("com.attentionstudio.export..").should().dependOnClassesThat()
                .resideInAnyPackage("com.attentionstudio.core.model..", "com.attentionstudio.core.math..",
                        "com.attentionstudio.io..", "com.attentionstudio.tokenize..", "com.attentionstudio.app..",
                        "com.attentionstudio.ui..", "com.attentionstudio.cli..", "javafx..")
                .check(classes);
    }

    @Test
    void nothingDependsOnUiOrCliButTheLauncher() {
        noClasses().that().resideOutsideOfPackages("com.attentionstudio.ui..", "com.attentionstudio.cli..")
                .and().resideOutsideOfPackage("com.attentionstudio")
                .should().dependOnClassesThat().resideInAnyPackage("com.attentionstudio.ui..", "com.attentionstudio.cli..")
                .check(classes);
    }

    @Test
    void javafxOnlyInUiAppAndTheLauncher() {
        noClasses().that().resideOutsideOfPackages("com.attentionstudio.ui..", "com.attentionstudio.app..", "com.attentionstudio")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "org.jfree.fx..")
                .check(classes);
    }

    @Test
    void cliReachesTheModelThroughTheApp() {
        noClasses().that().resideInAPackage("com.attentionstudio.cli..").should().dependOnClassesThat()
                .resideInAnyPackage("com.attentionstudio.io..", "com.attentionstudio.render..", "com.attentionstudio.ui..",
                        "com.attentionstudio.core.math..")
                .check(classes);
    }
}
