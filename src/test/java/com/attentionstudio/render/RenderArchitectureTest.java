package com.attentionstudio.render;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** DESIGN.md §2: render reads the trace (and analysis results) only; export adds the file libraries; neither knows JavaFX. */
@AnalyzeClasses(packages = "com.attentionstudio", importOptions = ImportOption.DoNotIncludeTests.class)
class RenderArchitectureTest {
    @ArchTest
    static final ArchRule renderDrawsFromTheTraceOnly = noClasses().that().resideInAPackage("com.attentionstudio.render..")
            .should().dependOnClassesThat().resideInAnyPackage("com.attentionstudio.core.model..", "com.attentionstudio.core.math..",
                    "com.attentionstudio.io..", "com.attentionstudio.tokenize..", "com.attentionstudio.app..",
                    "com.attentionstudio.ui..", "com.attentionstudio.cli..", "com.attentionstudio.export..", "javafx..",
                    "org.jfree..", "org.apache.pdfbox..", "de.rototor..", "org.ejml..");

    @ArchTest
    static final ArchRule exportNeedsNoModelAndNoWindow = noClasses().that().resideInAPackage("com.attentionstudio.export..")
            .should().dependOnClassesThat().resideInAnyPackage("com.attentionstudio.core.model..", "com.attentionstudio.io..",
                    "com.attentionstudio.ui..", "com.attentionstudio.cli..", "javafx..", "org.ejml..");

    @ArchTest
    static final ArchRule analysisStaysInTheCore = noClasses().that().resideInAPackage("com.attentionstudio.core.analysis..")
            .should().dependOnClassesThat().resideInAnyPackage("com.attentionstudio.render..", "com.attentionstudio.export..",
                    "com.attentionstudio.core.model..", "java.awt..", "javafx..");
}
