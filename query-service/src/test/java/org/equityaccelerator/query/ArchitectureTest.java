package org.equityaccelerator.query;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Views are pure folds: the same code serves the live projection, a rebuild and as-of views only because it reads
 * nothing but the events (and, for served figures, the date it is given). The view packages, controllers aside,
 * therefore read no clock, and know neither the database, nor Kafka, nor Spring.
 */
class ArchitectureTest {
    static final String[] VIEW_PACKAGES = {"org.equityaccelerator.query.participant..",
            "org.equityaccelerator.query.regional.."};

    final JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.equityaccelerator.query");

    static final ArchRule FOLDS_READ_NO_CLOCK = noClasses().that().resideInAnyPackage(VIEW_PACKAGES)
            .and().haveSimpleNameNotEndingWith("Controller")
            .should().callMethodWhere(target(name("now")))
            .orShould().callMethodWhere(target(owner(name(System.class.getName())))
                    .and(target(name("currentTimeMillis")).or(target(name("nanoTime")))))
            .orShould().dependOnClassesThat().belongToAnyOf(java.time.Clock.class, java.time.InstantSource.class)
            .because("a fold given the same events must give the same view, today or in a year");

    static final ArchRule FOLDS_KNOW_NO_STORAGE_BROKER_OR_SPRING = noClasses().that()
            .resideInAnyPackage(VIEW_PACKAGES).and().haveSimpleNameNotEndingWith("Controller")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.postgresql..",
                    "org.springframework..", "org.apache.kafka..")
            .orShould().dependOnClassesThat().areMetaAnnotatedWith("org.springframework.stereotype.Component")
            .because("storage, transport and wiring are adapters around the folds");

    @Test
    void foldsReadNoClock() {
        FOLDS_READ_NO_CLOCK.check(classes);
    }

    @Test
    void foldsKnowNeitherTheDatabaseNorKafkaNorSpring() {
        FOLDS_KNOW_NO_STORAGE_BROKER_OR_SPRING.check(classes);
    }

    /** The rules do catch what they are for (they would pass vacuously on a package name typo otherwise). */
    @Test
    void theRulesCatchAFoldThatReadsTheClockOrTheDatabase() {
        JavaClasses offenders = new ClassFileImporter().importClasses(
                org.equityaccelerator.query.regional.ArchitectureOffenders.ClockReadingFold.class,
                org.equityaccelerator.query.regional.ArchitectureOffenders.StoreReadingFold.class);
        assertThat(FOLDS_READ_NO_CLOCK.evaluate(offenders).hasViolation()).isTrue();
        assertThat(FOLDS_KNOW_NO_STORAGE_BROKER_OR_SPRING.evaluate(offenders).hasViolation()).isTrue();
        assertThat(classes.containPackage("org.equityaccelerator.query.regional")).isTrue();
        assertThat(classes.containPackage("org.equityaccelerator.query.participant")).isTrue();
    }
}
