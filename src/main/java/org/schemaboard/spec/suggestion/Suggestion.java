package org.schemaboard.spec.suggestion;

/**
 * One adaptation the requirements call for.
 *
 * @param key            stable name, kept in {@link org.schemaboard.spec.Requirements#dismissed()} when dismissed
 * @param title          what it is, short ("Audit log entity")
 * @param does           what applying it changes, in a sentence or two
 * @param detected       what the requirements were found to name ("Audit and compliance")
 * @param sentence       the sentence of the requirements that shows it
 * @param status         offered, already in the design, or dismissed by the author
 * @param blockedBecause why it cannot be applied now (what to do first), or null when it can
 */
public record Suggestion(String key, String title, String does, String detected, String sentence, Status status,
                         String blockedBecause) {

    public enum Status { OFFERED, APPLIED, DISMISSED }

    public boolean applicable() {
        return status == Status.OFFERED && blockedBecause == null;
    }
}
