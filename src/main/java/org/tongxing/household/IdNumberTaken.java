package org.tongxing.household;

import org.tongxing.common.Duplicate;

/**
 * The ID number is already recorded in another household's file. It says which file, so that a page can link it
 * for a worker who may open that file (and for nobody else); the API answers as for any duplicate.
 */
public class IdNumberTaken extends Duplicate {

    static final String MESSAGE = "this ID number is already recorded in another household's file";

    private final long householdId;

    public IdNumberTaken(String field, long householdId) {
        super(MESSAGE, field, MESSAGE);
        this.householdId = householdId;
    }

    /** The file that holds the number already. */
    public long householdId() {
        return householdId;
    }
}
