package org.tongxing.web.problem;

import java.util.List;

public class InvalidParameterProblem extends ProblemException {
    public InvalidParameterProblem(String parameter, String message) {
        super(ProblemType.INVALID_PARAMETER, "Parameter '" + parameter + "' " + message,
                List.of(new Problem.FieldError(parameter, message)));
    }
}
