package org.schemaboard.base;

import java.util.Locale;

/**
 * What kind of element a change is about. Stored in the audit log by {@link #name()}, like {@link ChangeAction}.
 */
public enum ElementType {
    DESIGN,
    MEMBER,
    ENTITY,
    ATTRIBUTE,
    RELATIONSHIP,
    INDEX,
    QUERY_PATTERN,
    /** A MongoDB collection, Redis key pattern or search index mapping. */
    NOSQL_ELEMENT,
    /** A written section of the specification. */
    SPEC_SECTION,
    /** The arrangement of a diagram view. */
    DIAGRAM,
    SUBJECT_AREA,
    COMMENT,
    REVIEW,
    /** A design check silenced on one element, with a reason. */
    CHECK_SUPPRESSION,
    // the instance (no design)
    ACCOUNT,
    INSTANCE_SETTING;

    /** The type in words, for messages: "query pattern". */
    public String label() {
        return name().replace('_', ' ').toLowerCase(Locale.ROOT);
    }
}
