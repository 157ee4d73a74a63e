package org.equityaccelerator.command;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

class ArchitectureTest {
    final JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.equityaccelerator");

    @Test
    void thePublishedContractNeedsNeitherSpringNorAxon() {
        noClasses().that().resideInAPackage("org.equityaccelerator.events..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.axonframework..")
                .check(classes);
    }

    @Test
    void aggregatesDoNotKnowTheWebOrKafka() {
        noClasses().that().resideInAnyPackage("..program..", "..instrument..", "..cohort..", "..participant..", "..recommendation..")
                .and().haveSimpleNameNotEndingWith("Controller")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.web..", "org.apache.kafka..")
                .check(classes);
    }

    @Test
    void featuresDoNotReachIntoPublishing() {
        noClasses().that().resideInAnyPackage("..program..", "..instrument..", "..cohort..", "..participant..", "..recommendation..")
                .should().dependOnClassesThat().resideInAPackage("..publishing..")
                .check(classes);
    }
}
