package org.tongxing.programme;

import java.util.List;

/** Replaces a programme's rubric items, numbering them in the order given. */
final class RubricItems {

    private RubricItems() {
    }

    static void replace(Programme p, List<ProgrammeRequest.RubricItemRequest> items) {
        if (!p.rubric.isEmpty()) {
            p.rubric.clear();
            // Deletes must reach the database before the new items reuse their positions (Hibernate inserts first).
            Programme.flush();
        }
        short position = 1;
        for (ProgrammeRequest.RubricItemRequest r : items) {
            RubricItem item = new RubricItem();
            item.programme = p;
            item.position = position++;
            item.name = r.name().strip();
            item.weight = r.weight();
            item.maxScore = r.maxScore();
            p.rubric.add(item);
        }
    }
}
