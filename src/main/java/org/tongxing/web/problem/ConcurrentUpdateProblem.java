package org.tongxing.web.problem;

public class ConcurrentUpdateProblem extends ProblemException {
    public ConcurrentUpdateProblem(String what, Object id) {
        super(ProblemType.CONCURRENT_UPDATE, "The " + what + " " + id
                + " was changed by someone else after you loaded it; reload it and apply your change again");
    }
}
