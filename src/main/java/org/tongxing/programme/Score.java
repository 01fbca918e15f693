package org.tongxing.programme;

import java.math.BigDecimal;

import jakarta.persistence.Embeddable;

/** The score an evaluator gave one rubric item, with an optional remark. */
@Embeddable
public class Score {

    public BigDecimal score;

    public String comment;

    protected Score() {
    }

    public Score(BigDecimal score, String comment) {
        this.score = score;
        this.comment = comment;
    }
}
