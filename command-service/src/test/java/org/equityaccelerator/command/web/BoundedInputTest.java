package org.equityaccelerator.command.web;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.junit.jupiter.api.Test;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text and every list a command accepts is bounded (Bean Validation: a 400 naming the field before anything is
 * appended): a String needs {@code @Size(max)} or a {@code @Pattern} without an unbounded repeat, a collection
 * {@code @Size(max)}, and the records inside collections the same, recursively. The body as a whole is bounded by
 * {@code BoundedBody}.
 */
class BoundedInputTest {

    @Test
    void everyStringAndListOfEveryCommandBodyHasAnUpperBound() {
        List<String> unbounded = new ArrayList<>();
        Set<Class<?>> seen = new HashSet<>();
        for (JavaClass controller : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.equityaccelerator.command")) {
            if (!controller.isAnnotatedWith(RestController.class)) {
                continue;
            }
            for (Method method : controller.reflect().getDeclaredMethods()) {
                for (Parameter parameter : method.getParameters()) {
                    if (parameter.isAnnotationPresent(RequestBody.class)) {
                        check(parameter.getType(), unbounded, seen);
                    }
                }
            }
        }
        assertThat(seen).as("request bodies found").hasSizeGreaterThan(40);
        assertThat(unbounded).as("unbounded fields").isEmpty();
    }

    private static void check(Class<?> type, List<String> unbounded, Set<Class<?>> seen) {
        if (!type.isRecord() || !seen.add(type)) {
            return;
        }
        for (RecordComponent component : type.getRecordComponents()) {
            String name = type.getSimpleName() + "." + component.getName();
            AnnotatedType annotated = component.getAnnotatedType();
            Class<?> raw = component.getType();
            if (raw == String.class && !bounded(component.getAccessor().getAnnotation(Size.class),
                    component.getAccessor().getAnnotation(Pattern.class), component)) {
                unbounded.add(name);
            } else if (Collection.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw)) {
                Size size = annotation(component, Size.class);
                if (size == null || size.max() == Integer.MAX_VALUE) {
                    unbounded.add(name + " (list size)");
                }
                if (annotated instanceof AnnotatedParameterizedType parameterized) {
                    for (AnnotatedType element : parameterized.getAnnotatedActualTypeArguments()) {
                        Class<?> elementType = element.getType() instanceof Class<?> c ? c : Object.class;
                        if (elementType == String.class && !bounded(element.getAnnotation(Size.class),
                                element.getAnnotation(Pattern.class), null)) {
                            unbounded.add(name + " (elements)");
                        }
                        check(elementType, unbounded, seen);
                    }
                }
            } else {
                check(raw, unbounded, seen);
            }
        }
    }

    private static <A extends java.lang.annotation.Annotation> A annotation(RecordComponent component, Class<A> type) {
        A onAccessor = component.getAccessor().getAnnotation(type);
        if (onAccessor != null) {
            return onAccessor;
        }
        for (java.lang.reflect.Field field : component.getDeclaringRecord().getDeclaredFields()) {
            if (field.getName().equals(component.getName()) && field.getAnnotation(type) != null) {
                return field.getAnnotation(type);
            }
        }
        return component.getAnnotation(type);
    }

    private static boolean bounded(Size size, Pattern pattern, RecordComponent component) {
        if (component != null) {
            size = size != null ? size : annotation(component, Size.class);
            pattern = pattern != null ? pattern : annotation(component, Pattern.class);
        }
        if (size != null && size.max() != Integer.MAX_VALUE) {
            return true;
        }
        // a pattern bounds the length when it repeats nothing without an upper bound
        return pattern != null && !pattern.regexp().matches(".*(\\*|\\+|\\{\\d+,\\}).*");
    }
}
