package org.tongxing.web.request;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.core.multipart.FormData;
import org.jboss.resteasy.reactive.server.multipart.FormValue;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;
import org.tongxing.common.InvalidInput;
import org.tongxing.common.InvalidParameter;
import org.tongxing.ui.NulAsFormError;
import org.tongxing.ui.NulFields;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * PostgreSQL text cannot hold U+0000, so a NUL anywhere in the input once ended in a 500 and a stack trace. This
 * refuses it at the edge, before any feature sees it, as bad input naming where it was: a path or query parameter
 * (400 invalid-parameter), an HTTP Basic user name or password, a form field or a JSON field (400
 * validation-failed). Pages show the problem as an error page in the reader's language, except the forms that show
 * their own errors ({@link NulAsFormError}): there the field's error is shown next to what was typed.
 */
public class NulCharacters {

    private static final String NUL = "\u0000";

    private static final byte[] ESCAPED_NUL = "\\u0000".getBytes(StandardCharsets.US_ASCII);

    private static final String REPLACEMENT = "\uFFFD";

    private static final String MESSAGE = "must not contain the NUL character (U+0000)";

    @Inject
    ObjectMapper json;

    @Inject
    NulFields nulFields;

    @ServerRequestFilter(preMatching = true)
    public void inAddressOrCredentials(ContainerRequestContext request) {
        if (request.getUriInfo().getPath(true).contains(NUL)) {
            throw new InvalidParameter("path", MESSAGE);
        }
        for (Map.Entry<String, java.util.List<String>> parameter : request.getUriInfo().getQueryParameters(true)
                .entrySet()) {
            if (parameter.getKey().contains(NUL) || parameter.getValue().stream().anyMatch(v -> v.contains(NUL))) {
                throw new InvalidParameter(parameter.getKey().replace(NUL, "\\u0000"), MESSAGE);
            }
        }
        basicCredentials(request.getHeaderString("Authorization")).filter(c -> c.contains(NUL)).ifPresent(c -> {
            throw new InvalidInput("The HTTP Basic user name or password " + MESSAGE, c.indexOf(NUL) < c.indexOf(':')
                    || c.indexOf(':') < 0 ? "username" : "password", MESSAGE);
        });
    }

    @ServerRequestFilter
    @WithFormRead
    public void inBody(ResteasyReactiveContainerRequestContext request, ResourceInfo resource) throws IOException {
        MediaType type = request.getMediaType();
        if (type == null) {
            return;
        }
        if (type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                || type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE)) {
            var context = (ResteasyReactiveRequestContext) request.getServerRequestContext();
            Method handler = resource.getResourceMethod();
            if (handler != null && handler.isAnnotationPresent(NulAsFormError.class)) {
                markInForm(context.getFormData());
            } else {
                inForm(context.getFormData());
            }
        } else if (type.getSubtype().toLowerCase().endsWith("json") && request.hasEntity()) {
            inJson(request);
        }
    }

    private static void inForm(FormData form) {
        if (form == null) {
            return;
        }
        for (String name : form) {
            for (FormValue value : form.get(name)) {
                if (name.contains(NUL) || !value.isFileItem() && value.getValue() != null
                        && value.getValue().contains(NUL)) {
                    throw refusal(name.replace(NUL, "\\u0000"));
                }
            }
        }
    }

    /** Puts U+FFFD where each NUL of a text field was, for the page to show the form again with that field's error. */
    private void markInForm(FormData form) {
        if (form == null) {
            return;
        }
        for (String name : form) {
            if (name.contains(NUL)) {
                throw refusal(name.replace(NUL, "\\u0000"));
            }
            Deque<FormValue> values = form.get(name);
            if (values.stream().anyMatch(v -> !v.isFileItem() && v.getValue() != null && v.getValue().contains(NUL))) {
                if (values.stream().anyMatch(FormValue::isFileItem)) {
                    throw refusal(name); // a file and text under one name: no form of ours sends that
                }
                List<FormValue> typed = List.copyOf(values);
                values.clear();
                typed.forEach(v -> form.add(name, v.getValue() == null ? "" : v.getValue().replace(NUL, REPLACEMENT)));
                nulFields.found(name);
            }
        }
    }

    /** Reads the body, and only if it holds an escaped NUL parses it to say which field; then puts it back. */
    private void inJson(ContainerRequestContext request) throws IOException {
        byte[] body = request.getEntityStream().readAllBytes();
        request.setEntityStream(new ByteArrayInputStream(body));
        if (indexOf(body, ESCAPED_NUL) < 0) {
            return;
        }
        JsonNode tree;
        try {
            tree = json.readTree(body);
        } catch (IOException malformed) {
            return; // Jackson will say what is wrong with it when the resource reads it.
        }
        Optional<String> field = find(tree, "");
        if (field.isPresent()) {
            throw refusal(field.get().isEmpty() ? "(body)" : field.get());
        }
    }

    private static Optional<String> find(JsonNode node, String path) {
        if (node.isTextual()) {
            return node.textValue().contains(NUL) ? Optional.of(path) : Optional.empty();
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                Optional<String> found = find(node.get(i), path + "[" + i + "]");
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext();) {
            Map.Entry<String, JsonNode> field = fields.next();
            String name = (path.isEmpty() ? "" : path + ".") + field.getKey().replace(NUL, "\\u0000");
            Optional<String> found = field.getKey().contains(NUL) ? Optional.of(name) : find(field.getValue(), name);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static InvalidInput refusal(String field) {
        return new InvalidInput("The field '" + field + "' " + MESSAGE, field, MESSAGE);
    }

    private static Optional<String> basicCredentials(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new String(Base64.getDecoder().decode(authorization.substring(6).strip()),
                    StandardCharsets.UTF_8));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer : for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
