package org.schemaboard.design;

import java.util.function.Predicate;

/** What a write needs of the caller's role, and how to say it when refused. */
public enum RoleRequirement {
    READ("read it", r -> true),
    EDIT("change it", DesignRole::canEdit),
    COMMENT("comment on it", r -> r != DesignRole.VIEWER),
    REVIEW("review it", r -> r == DesignRole.REVIEWER || r == DesignRole.OWNER),
    MANAGE("delete it or manage its members", DesignRole::canManage);

    private final String action;
    private final Predicate<DesignRole> allowed;

    RoleRequirement(String action, Predicate<DesignRole> allowed) {
        this.action = action;
        this.allowed = allowed;
    }

    public boolean test(DesignRole role) {
        return allowed.test(role);
    }

    String action() {
        return action;
    }
}
