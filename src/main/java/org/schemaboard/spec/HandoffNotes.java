package org.schemaboard.spec;

/** "Handoff Notes" for the security specialist and the development teams. */
public record HandoffNotes(String securitySpecialist, String developmentTeams) implements SectionContent {

    public static final HandoffNotes EMPTY = new HandoffNotes(null, null);
}
