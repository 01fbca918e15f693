package org.tongxing.web.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.tongxing.common.DomainException;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** Every refusal a feature can throw is answered with a problem of the catalogue, never as our own fault (500). */
class DomainProblemsTest {

    @Test
    void everyKindOfRefusalHasItsProblemType() {
        List<Class<?>> refusals = new ClassFileImporter().withImportOption(new ImportOption.DoNotIncludeTests())
                .importPackages("org.tongxing").stream()
                .filter(c -> c.isAssignableTo(DomainException.class)
                        && !c.getModifiers().contains(JavaModifier.ABSTRACT))
                .map(JavaClass::reflect).<Class<?>>map(c -> c).toList();
        assertThat(refusals).as("refusals found").hasSizeGreaterThan(20);
        assertThat(refusals).allSatisfy(kind -> assertThat(DomainProblems.typeOf(kind)).as(kind.getName())
                .isNotEqualTo(ProblemType.INTERNAL_ERROR));
    }
}
