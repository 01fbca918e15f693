package org.tongxing.web.request;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The pages' inputs, which the OpenAPI document leaves out: every GET and POST of a resource outside /api, with its
 * query parameters and form fields (also those of a {@code @BeanParam}), read from the compiled classes.
 */
final class PageInputs {

    record Input(String method, String path, List<String> query, List<String> form) {
    }

    private PageInputs() {
    }

    static List<Input> all() {
        List<Input> inputs = new ArrayList<>();
        new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.tongxing").stream().filter(c -> c.isAnnotatedWith(Path.class))
                .forEach(c -> inputs.addAll(of(c.reflect())));
        return inputs;
    }

    private static List<Input> of(Class<?> resource) {
        String root = resource.getAnnotation(Path.class).value();
        if (("/" + root).replace("//", "/").startsWith("/api")) {
            return List.of();
        }
        List<Input> inputs = new ArrayList<>();
        for (Method m : resource.getDeclaredMethods()) {
            String verb = m.isAnnotationPresent(POST.class) ? "POST" : m.isAnnotationPresent(GET.class) ? "GET" : null;
            if (verb != null) {
                String path = ("/" + root + "/" + (m.isAnnotationPresent(Path.class) ? m.getAnnotation(Path.class)
                        .value() : "")).replaceAll("/+", "/").replaceAll("\\{[^}]+}", "1");
                List<String> query = new ArrayList<>();
                List<String> form = new ArrayList<>();
                for (Parameter p : m.getParameters()) {
                    collect(p, p.getName(), query, form);
                    if (p.isAnnotationPresent(BeanParam.class)) {
                        Stream.<Class<?>>iterate(p.getType(), t -> t != null && t != Object.class,
                                t -> t.getSuperclass())
                                .flatMap(t -> Stream.of(t.getDeclaredFields()))
                                .forEach(f -> collect(f, f.getName(), query, form));
                    }
                }
                inputs.add(new Input(verb, path.length() > 1 ? path.replaceAll("/$", "") : path, query, form));
            }
        }
        return inputs;
    }

    private static void collect(AnnotatedElement element, String javaName, List<String> query, List<String> form) {
        if (element.isAnnotationPresent(QueryParam.class)) {
            query.add(or(element.getAnnotation(QueryParam.class).value(), javaName));
        }
        if (element.isAnnotationPresent(RestQuery.class)) {
            query.add(or(element.getAnnotation(RestQuery.class).value(), javaName));
        }
        if (element.isAnnotationPresent(FormParam.class)) {
            form.add(or(element.getAnnotation(FormParam.class).value(), javaName));
        }
        if (element.isAnnotationPresent(RestForm.class)) {
            form.add(or(element.getAnnotation(RestForm.class).value(), javaName));
        }
    }

    private static String or(String name, String javaName) {
        return name == null || name.isEmpty() ? javaName : name;
    }
}
