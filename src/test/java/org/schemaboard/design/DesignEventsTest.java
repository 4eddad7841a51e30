package org.schemaboard.design;

import org.schemaboard.base.ChangeAction;
import org.schemaboard.base.ElementType;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.schemaboard.RecordedDesignEvents;
import org.schemaboard.ServiceTest;
import org.schemaboard.TestData;
import org.schemaboard.base.DesignChanged;
import org.schemaboard.base.ValidationException;
import org.schemaboard.security.AccountService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** {@link DesignChanged} reaches listeners once per committed change, after the commit, and never for a rollback. */
@ServiceTest
class DesignEventsTest {

    @Autowired
    DesignService designs;
    @Autowired
    RecordedDesignEvents events;
    @Autowired
    TestData data;
    @Autowired
    AccountService accounts;
    @Autowired
    PlatformTransactionManager transactionManager;

    String owner;
    TransactionTemplate outer;

    @BeforeEach
    void setUp() {
        owner = data.account("owner");
        outer = new TransactionTemplate(transactionManager);
    }

    @Test
    void each_committed_change_is_announced_exactly_once_in_order() {
        String name = TestData.designName("Announced");
        String renamed = TestData.designName("Renamed");
        String viewer = data.account("viewer");

        UUID id = data.design(owner, name);
        data.as(owner, () -> designs.setMember(id, viewer, DesignRole.VIEWER));
        data.as(owner, () -> designs.update(id, 1, new DesignDraft(renamed, TargetDatabase.POSTGRESQL, null)));
        data.as(owner, () -> designs.delete(id, 2));

        assertThat(events.about(id)).containsExactly(
                new DesignChanged(id, owner, ChangeAction.CREATE, ElementType.DESIGN, id, name),
                new DesignChanged(id, owner, ChangeAction.SET_ROLE, ElementType.MEMBER,
                        accounts.findByUsername(viewer).orElseThrow().id(), viewer),
                new DesignChanged(id, owner, ChangeAction.UPDATE, ElementType.DESIGN, id, renamed),
                new DesignChanged(id, owner, ChangeAction.DELETE, ElementType.DESIGN, id, renamed));
    }

    @Test
    void a_change_is_announced_only_after_its_transaction_commits() {
        AtomicReference<UUID> created = new AtomicReference<>();

        outer.executeWithoutResult(status -> {
            UUID id = data.design(owner, TestData.designName("Later"));
            created.set(id);
            assertThat(events.about(id)).as("announced before commit").isEmpty();
        });

        assertThat(events.about(created.get())).extracting(DesignChanged::action).containsExactly(ChangeAction.CREATE);
    }

    @Test
    void a_change_rolled_back_by_set_rollback_only_is_never_announced() {
        String name = TestData.designName("Rolled back");
        AtomicReference<UUID> created = new AtomicReference<>();

        outer.executeWithoutResult(status -> {
            created.set(data.design(owner, name));
            status.setRollbackOnly();
        });

        assertThat(events.about(created.get())).isEmpty();
        assertThat(events.by(owner)).isEmpty();
        assertThat(data.as(owner, () -> designs.listMine())).isEmpty();
    }

    @Test
    void a_change_rolled_back_by_an_exception_is_never_announced() {
        String name = TestData.designName("Thrown away");
        AtomicReference<UUID> created = new AtomicReference<>();

        assertThatThrownBy(() -> outer.executeWithoutResult(status -> {
            created.set(data.design(owner, name));
            throw new IllegalStateException("something later in the same transaction failed");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(created.get()).isNotNull();
        assertThat(events.about(created.get())).isEmpty();
        assertThat(events.by(owner)).isEmpty();
        assertThat(data.as(owner, () -> designs.listMine())).isEmpty();
    }

    @Test
    void a_refused_change_is_not_announced() {
        UUID id = data.design(owner, TestData.designName("Valid"));

        assertThatThrownBy(() -> data.as(owner, () -> designs.update(id, 1,
                new DesignDraft(" ", TargetDatabase.POSTGRESQL, null)))).isInstanceOf(ValidationException.class);

        assertThat(events.about(id)).extracting(DesignChanged::action).containsExactly(ChangeAction.CREATE);
    }
}
