package org.socialvaluehub.spend.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "org.socialvaluehub.spend.core", importOptions = ImportOption.DoNotIncludeTests.class)
class SpendCoreArchitectureTest {

    @ArchTest
    static final ArchRule coreIsPlainJava = noClasses().that().resideInAPackage("org.socialvaluehub.spend.core..")
        .and().doNotHaveSimpleName("package-info")
        .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.sql..", "javax.sql..",
            "tools.jackson..", "com.fasterxml.jackson..", "jakarta..")
        .because("the spend reader is a pure core the import, the CLI and the tests share (STYLE.md)");
}
