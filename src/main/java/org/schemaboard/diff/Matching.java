package org.schemaboard.diff;

/**
 * How elements of two states are paired. By id when both come from the same design (an approved version and the
 * draft, or two design.json files of it): a rename keeps its id. By name otherwise (a SQL dump gets fresh ids), where a
 * removed and an added element of the same shape are offered as a possible rename.
 */
public enum Matching {
    BY_ID, BY_NAME
}
