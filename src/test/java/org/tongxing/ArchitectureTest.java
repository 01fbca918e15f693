package org.tongxing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Singleton;
import jakarta.persistence.Entity;
import jakarta.persistence.MappedSuperclass;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * The house plan (docs/architecture.md), held: the floors, kernel to edge, and the features in their order, each
 * importing only what lies below it; services and entities that know nothing of HTTP; pages of several features
 * only under the roof; and an edge nobody imports.
 */
@AnalyzeClasses(packages = "org.tongxing", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** The floors and, within the features, their order: each may import only those before it. */
    static final List<String> FLOORS = List.of(
            "common", "db", // kernel
            "ui", // page kit
            "area", "account", "privacy", "timeline", "notification", "household", "assistance", "need", "volunteer",
            "cadre",
            "organisation", "claim", "matching", "visit", "programme", "board", "report", "backup", "metrics",
            "pages", // UI roof
            "web", // HTTP edge
            "demo");

    private static final String EDGE = "org.tongxing.web..";
    private static final String ROOF = "org.tongxing.pages..";

    @ArchTest
    static final ArchRule noCyclesBetweenTopLevelPackages = slices().matching("org.tongxing.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule noCyclesBetweenAnyPackages = slices().matching("org.tongxing.(**)")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule everyPackageImportsOnlyTheFloorsBelowIt = classes().that().resideInAPackage("org.tongxing..")
            .should(dependOnlyOnTheirOwnFloorAndBelow());

    @ArchTest
    static final ArchRule theKernelKnowsNoHttp = noClasses()
            .that().resideInAnyPackage("org.tongxing.common..", "org.tongxing.db..")
            // PageParams carries the @QueryParam names a resource binds it with; no kernel code calls JAX-RS.
            .and().doNotHaveSimpleName("PageParams")
            .should().dependOnClassesThat().resideInAPackage("jakarta.ws.rs..");

    @ArchTest
    static final ArchRule servicesAndEntitiesKnowNoHttp = noClasses().that(areServicesOrEntities())
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", EDGE);

    @ArchTest
    static final ArchRule onlyTheRoofCombinesFeaturesPages = classes().that().resideInAPackage("org.tongxing..")
            .and().resideOutsideOfPackages(ROOF, EDGE)
            .should(useNoPagesOfAnotherFeature());

    @ArchTest
    static final ArchRule theEdgeIsImportedByNobodyButItself = noClasses().that().resideOutsideOfPackage(EDGE)
            .should().dependOnClassesThat().resideInAPackage(EDGE);

    /** Beans that are not resources (pages, the API) and not the page kit's or the edge's HTTP machinery; entities. */
    static DescribedPredicate<JavaClass> areServicesOrEntities() {
        return DescribedPredicate.describe(
                "are services (CDI beans that are not resources, page kit or edge) or entities",
                c -> c.isAnnotatedWith(Entity.class) || c.isAnnotatedWith(MappedSuperclass.class)
                        || (isBean(c) && !c.isAnnotatedWith(Path.class)
                                && !c.getPackageName().startsWith("org.tongxing.ui")
                                && !c.getPackageName().startsWith("org.tongxing.web")));
    }

    private static boolean isBean(JavaClass c) {
        return c.isAnnotatedWith(ApplicationScoped.class) || c.isAnnotatedWith(RequestScoped.class)
                || c.isAnnotatedWith(Singleton.class) || c.isAnnotatedWith(Dependent.class);
    }

    static ArchCondition<JavaClass> dependOnlyOnTheirOwnFloorAndBelow() {
        return new ArchCondition<>("depend only on their own floor and the floors below it (docs/architecture.md)") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                int own = floor(origin);
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    int target = floor(dependency.getTargetClass());
                    if (target > own) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription() + " ("
                                + FLOORS.get(own) + " lies below " + FLOORS.get(target) + ")"));
                    }
                }
            }
        };
    }

    static ArchCondition<JavaClass> useNoPagesOfAnotherFeature() {
        return new ArchCondition<>("use no pages of another feature (only the roof, pages, combines features' pages)") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    JavaClass target = dependency.getTargetClass();
                    if (isPage(target) && floor(target) != floor(origin)) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()
                                + " (pages of " + FLOORS.get(floor(target)) + ")"));
                    }
                }
            }
        };
    }

    /** A page resource (a @Path class that produces HTML), or page machinery of a feature's own (a pages package). */
    static boolean isPage(JavaClass c) {
        if (c.getPackageName().matches("org\\.tongxing\\.\\w+\\.pages(\\..*)?")) {
            return true;
        }
        return c.isAnnotatedWith(Path.class) && (producesHtml(c.tryGetAnnotationOfType(Produces.class))
                || c.getMethods().stream().anyMatch(m -> producesHtml(m.tryGetAnnotationOfType(Produces.class))));
    }

    private static boolean producesHtml(Optional<Produces> produces) {
        return produces.isPresent() && List.of(produces.get().value()).stream().anyMatch(v -> v.contains("text/html"));
    }

    /** The floor of a project class by its top-level package; classes outside the project lie on none (-1). */
    static int floor(JavaClass c) {
        String name = c.getPackageName();
        if (!name.startsWith("org.tongxing.")) {
            return -1;
        }
        String top = name.substring("org.tongxing.".length()).split("\\.")[0];
        int floor = FLOORS.indexOf(top);
        if (floor < 0) {
            throw new IllegalStateException("Package org.tongxing." + top + " has no floor: add it to FLOORS and to"
                    + " docs/architecture.md");
        }
        return floor;
    }
}
