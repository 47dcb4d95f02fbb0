package org.socialvaluehub;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The maths and file parsing live in packages named {@code core}: plain Java, no framework, no database.
 * A core's package-info may carry Spring Modulith's {@code @NamedInterface} (metadata only), so other
 * modules can use the core's types.
 */
@AnalyzeClasses(packages = "org.socialvaluehub", importOptions = ImportOption.DoNotIncludeTests.class)
class PureCoreArchitectureTest {

    @ArchTest
    static final ArchRule coresUseNoSpringJdbcOrWeb = noClasses()
            .that()
            .resideInAPackage("..core..")
            .and()
            .doNotHaveSimpleName("package-info")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.springframework..",
                    "java.sql..",
                    "javax.sql..",
                    "jakarta..",
                    "tools.jackson..",
                    "com.fasterxml.jackson..",
                    "org.postgresql..")
            .because("pure cores are plain Java, unit-tested without a framework or a database");
}
