package org.socialvaluehub.measures.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "org.socialvaluehub.measures.core", importOptions = ImportOption.DoNotIncludeTests.class)
class MeasuresCoreArchitectureTest {

    @ArchTest
    static final ArchRule coreIsPlainJava = noClasses().that().resideInAPackage("..measures.core..")
            .and().doNotHaveSimpleName("package-info") // may name the core as a module interface (metadata only)
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.sql..", "javax.sql..",
                    "jakarta..", "tools.jackson..", "com.fasterxml.jackson..", "org.socialvaluehub.measures");
}
