package org.tongxing.web.problem;

public class NotFoundProblem extends ProblemException {
    public NotFoundProblem(String what, Object id) {
        super(ProblemType.NOT_FOUND, "No " + what + " with id " + id);
    }
}
