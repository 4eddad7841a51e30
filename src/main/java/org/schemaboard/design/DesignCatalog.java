package org.schemaboard.design;

import static org.schemaboard.db.Tables.APP_USER;
import static org.schemaboard.db.Tables.DESIGN;
import static org.schemaboard.db.Tables.DESIGN_MEMBER;

import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * Every design on the server with the member a server-side tool reads it as. One query for the running application
 * (through {@link DesignService#listAllForOperator()}) and for the command line's {@code list}, which answers on a
 * bare connection without starting the application.
 */
public final class DesignCatalog {

    private DesignCatalog() {
    }

    public static List<DesignOnServer> all(DSLContext db) {
        var member = DESIGN_MEMBER.as("reader");
        var account = APP_USER.as("reader_account");
        Field<Integer> rank = DSL.case_(member.ROLE).when(DesignRole.OWNER.name(), 0)
                .when(DesignRole.EDITOR.name(), 1).when(DesignRole.REVIEWER.name(), 2).else_(3);
        Field<String> readAs = DSL.field(DSL.select(account.USERNAME).from(member)
                .join(account).on(account.ID.eq(member.USER_ID))
                .where(member.DESIGN_ID.eq(DESIGN.ID))
                .orderBy(rank, member.ADDED_AT, account.USERNAME)
                .limit(1));
        return db.select(DESIGN.ID, DESIGN.NAME, DESIGN.TARGET_DATABASE, DESIGN.UPDATED_AT, readAs)
                .from(DESIGN)
                .orderBy(DESIGN.NAME_KEY)
                .fetch(r -> new DesignOnServer(r.value1(), r.value2(), TargetDatabase.valueOf(r.value3()), r.value4(),
                        r.value5()));
    }
}
