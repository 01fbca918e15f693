package org.tongxing.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * Makes /q/openapi a document clients can be generated from: only the JSON API (no pages, and so none of the
 * template engine's types they return), a stable operationId per operation ({@code listNeed} for
 * {@code NeedResource.list}), a server, both ways to sign in (HTTP Basic and the session cookie), and
 * {@code security: []} on the operations anyone may call.
 */
public class ApiDocument implements OASFilter {

    static final String BASIC = "basicAuth";
    static final String COOKIE = "sessionCookie";

    private static final Pattern CLASS_METHOD = Pattern.compile("(\\w+?)(?:Resource)?_(\\w+)");

    @Override
    public void filterOpenAPI(OpenAPI document) {
        document.getPaths().getPathItems().keySet().stream().filter(path -> !path.startsWith("/api/")).toList()
                .forEach(document.getPaths()::removePathItem);
        document.servers(new ArrayList<>(List.of(OASFactory.createServer().url("/")
                .description("This instance; the API is under /api"))));
        schemes(document.getComponents());
        Set<String> ids = new HashSet<>();
        document.getPaths().getPathItems().forEach((path, item) -> item.getOperations()
                .forEach((verb, operation) -> describe(operation, verb, ids)));
        keepReferencedSchemas(document);
        Set<String> tags = new HashSet<>();
        document.getPaths().getPathItems().values().forEach(item -> item.getOperations().values()
                .forEach(operation -> tags.addAll(operation.getTags() == null ? List.of() : operation.getTags())));
        if (document.getTags() != null) {
            document.getTags().stream().filter(tag -> !tags.contains(tag.getName())).toList()
                    .forEach(document::removeTag);
        }
    }

    private static void schemes(Components components) {
        components.addSecurityScheme(BASIC, OASFactory.createSecurityScheme().type(SecurityScheme.Type.HTTP)
                .scheme("basic").description("For scripts and API clients: the account's username and password"));
        components.addSecurityScheme(COOKIE, OASFactory.createSecurityScheme().type(SecurityScheme.Type.APIKEY)
                .in(SecurityScheme.In.COOKIE).name("tx_session")
                .description("For browsers: the session cookie set by POST /api/auth/login; state-changing requests"
                        + " must also echo the tx_csrf cookie in the X-CSRF-Token header"));
    }

    /** A stable operationId from the resource and method; the sign-in schemes, or none for a public operation. */
    private static void describe(Operation operation, PathItem.HttpMethod verb, Set<String> ids) {
        String id = operation.getOperationId() == null ? verb.name().toLowerCase() : operation.getOperationId();
        Matcher classMethod = CLASS_METHOD.matcher(id);
        if (classMethod.matches()) {
            id = classMethod.group(2) + classMethod.group(1);
        }
        while (!ids.add(id)) {
            id = id + verb.name().charAt(0) + verb.name().substring(1).toLowerCase();
        }
        operation.setOperationId(id);
        if (operation.getSecurity() == null || operation.getSecurity().isEmpty()) {
            operation.setSecurity(new ArrayList<>());
        } else {
            operation.setSecurity(new ArrayList<>(List.of(requirement(BASIC), requirement(COOKIE))));
        }
    }

    private static SecurityRequirement requirement(String scheme) {
        return OASFactory.createSecurityRequirement().addScheme(scheme);
    }

    /** Drops the schemas no remaining operation refers to, directly or through other schemas. */
    private static void keepReferencedSchemas(OpenAPI document) {
        Map<String, Schema> schemas = document.getComponents().getSchemas();
        if (schemas == null) {
            return;
        }
        Set<String> kept = new HashSet<>();
        List<Schema> todo = new ArrayList<>();
        document.getPaths().getPathItems().values().forEach(item -> item.getOperations().values()
                .forEach(operation -> todo.addAll(schemasOf(operation))));
        while (!todo.isEmpty()) {
            Schema schema = todo.remove(todo.size() - 1);
            if (schema == null) {
                continue;
            }
            if (schema.getRef() != null) {
                String name = schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1);
                if (kept.add(name)) {
                    todo.add(schemas.get(name));
                }
            }
            todo.addAll(inside(schema));
        }
        schemas.keySet().stream().filter(name -> !kept.contains(name)).toList()
                .forEach(document.getComponents()::removeSchema);
    }

    private static List<Schema> schemasOf(Operation operation) {
        List<Schema> found = new ArrayList<>();
        if (operation.getParameters() != null) {
            operation.getParameters().forEach(p -> found.add(p.getSchema()));
        }
        if (operation.getRequestBody() != null) {
            found.addAll(schemasOf(operation.getRequestBody().getContent()));
        }
        if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
            operation.getResponses().getAPIResponses().values().forEach(r -> found.addAll(schemasOf(r.getContent())));
        }
        return found;
    }

    private static List<Schema> schemasOf(Content content) {
        return content == null || content.getMediaTypes() == null ? List.of()
                : content.getMediaTypes().values().stream().map(MediaType::getSchema).toList();
    }

    private static List<Schema> inside(Schema schema) {
        List<Schema> found = new ArrayList<>();
        if (schema.getProperties() != null) {
            found.addAll(schema.getProperties().values());
        }
        found.add(schema.getItems());
        found.add(schema.getAdditionalPropertiesSchema());
        found.add(schema.getNot());
        for (List<Schema> group : Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
            if (group != null) {
                found.addAll(group);
            }
        }
        return found;
    }
}
