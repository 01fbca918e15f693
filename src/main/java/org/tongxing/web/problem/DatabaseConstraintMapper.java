package org.tongxing.web.problem;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.hibernate.exception.ConstraintViolationException;
import org.jboss.logging.Logger;

/**
 * The database is the final judge of uniqueness and references (checks in Java would race), so its
 * named constraints are translated here into problems that say which field is at fault.
 */
@Provider
public class DatabaseConstraintMapper implements ExceptionMapper<ConstraintViolationException> {

    private static final Logger LOG = Logger.getLogger(DatabaseConstraintMapper.class);

    private record Known(ProblemType type, String field, String message) {
    }

    private static final Map<String, Known> KNOWN = Map.of(
            "household_member_id_number_key", new Known(ProblemType.DUPLICATE, "idNumber",
                    "this ID number is already recorded in another household's file"),
            "organisation_name_key", new Known(ProblemType.DUPLICATE, "name", "an organisation with this name exists"),
            "organisation_credit_code_key", new Known(ProblemType.DUPLICATE, "creditCode",
                    "an organisation with this credit code exists"),
            "volunteer_linked_member_id_key", new Known(ProblemType.DUPLICATE, "linkedMemberId",
                    "this household member is already linked to a volunteer"),
            "area_pkey", new Known(ProblemType.DUPLICATE, "code", "an area with this code exists"));

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(ConstraintViolationException e) {
        return response(e, uri);
    }

    static Response response(ConstraintViolationException e, UriInfo uri) {
        String name = e.getConstraintName() == null ? "" : e.getConstraintName().toLowerCase();
        Known known = KNOWN.get(name);
        if (known != null) {
            return ProblemResponses.of(known.type(), known.message(),
                    List.of(new Problem.FieldError(known.field(), known.message())), uri);
        }
        if (e.getKind() == ConstraintViolationException.ConstraintKind.FOREIGN_KEY) {
            return ProblemResponses.of(ProblemType.UNKNOWN_REFERENCE,
                    "The request refers to a record that does not exist", uri);
        }
        if (e.getKind() == ConstraintViolationException.ConstraintKind.UNIQUE) {
            return ProblemResponses.of(ProblemType.DUPLICATE, "This would duplicate an existing record", uri);
        }
        LOG.errorf("Unmapped database constraint %s (%s)", name, e.getKind());
        return ProblemResponses.of(ProblemType.VALIDATION_FAILED, "The request violates a data rule (" + name + ")",
                uri);
    }
}
