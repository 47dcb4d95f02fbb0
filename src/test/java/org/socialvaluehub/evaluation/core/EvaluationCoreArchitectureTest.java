package org.socialvaluehub.evaluation.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class EvaluationCoreArchitectureTest {

    @Test
    void theScoringCoreUsesOnlyTheJavaLibrary() {
        JavaClasses core = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.socialvaluehub.evaluation.core");

        classes().should().onlyDependOnClassesThat().resideInAnyPackage("org.socialvaluehub.evaluation.core", "java..")
                .because("the evaluation maths is plain Java: no Spring, JDBC or Jackson (STYLE.md, pure cores)")
                .check(core);
    }
}
