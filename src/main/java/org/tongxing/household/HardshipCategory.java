package org.tongxing.household;

/** The social-assistance category a household is registered under. */
public enum HardshipCategory {
    /** 低保: receives the minimum living allowance. */
    MINIMUM_ALLOWANCE,
    /** 低保边缘: just above the allowance line. */
    MARGINAL,
    /** 特困: extremely poor, without means or carers. */
    EXTREMELY_POOR,
    /** 支出型困难: hardship from unavoidable expenses such as illness or schooling. */
    EXPENDITURE_HARDSHIP,
    /** 临时救助: temporary assistance after an emergency. */
    TEMPORARY_ASSISTANCE,
    NONE
}
