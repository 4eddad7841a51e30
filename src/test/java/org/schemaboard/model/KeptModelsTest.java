package org.schemaboard.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.schemaboard.TestData.EDITOR;
import static org.schemaboard.TestData.OWNER;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.schemaboard.ServiceTest;
import org.schemaboard.TestData;
import org.schemaboard.model.entity.AttributeDraft;
import org.schemaboard.model.entity.Entity;
import org.schemaboard.model.entity.EntityDraft;
import org.schemaboard.model.entity.EntityKind;
import org.schemaboard.model.entity.EntityService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 22: a load of a design whose committed state has not changed since the last read is served from the model kept
 * of that read (an editor's tabs and every other editor of the design load it again); any committed edit is seen by
 * the next load, and a transaction that writes sees its own changes and leaves nothing behind.
 */
@ServiceTest
class KeptModelsTest {

    @Autowired TestData data;
    @Autowired EntityService entities;
    @Autowired DesignModelService models;
    @Autowired PlatformTransactionManager transactions;

    UUID design;
    TestData.Sample sample;

    @BeforeEach
    void design() {
        design = data.newDesign();
        sample = data.sample(design);
    }

    @Test
    void a_second_load_of_the_same_committed_state_reuses_the_first_read() {
        DesignModel first = data.as(OWNER, () -> models.load(design));
        long hits = models.cacheCounts()[0];
        DesignModel second = data.as(EDITOR, () -> models.load(design));

        assertThat(models.cacheCounts()[0]).isEqualTo(hits + 1);
        assertThat(second.entities()).isSameAs(first.entities());
        assertThat(second).isEqualTo(first);
        assertThat(data.as(OWNER, () -> models.loadFresh(design))).isEqualTo(first);
    }

    @Test
    void every_committed_edit_is_seen_by_the_next_load() {
        data.as(OWNER, () -> models.load(design));
        UUID added = data.as(EDITOR, () -> entities.addAttribute(sample.users(),
                AttributeDraft.of("display_name", "TEXT")));
        DesignModel afterAdd = data.as(OWNER, () -> models.load(design));
        assertThat(afterAdd.attributesById()).containsKey(added);

        Entity users = afterAdd.entity(sample.users()).orElseThrow();
        data.as(EDITOR, () -> entities.updateEntity(users.id(), users.version(),
                EntityDraft.named("members", EntityKind.CORE)));
        DesignModel afterRename = data.as(OWNER, () -> models.load(design));
        assertThat(afterRename.entity(sample.users()).orElseThrow().name()).isEqualTo("members");
        assertThat(afterRename).isEqualTo(data.as(OWNER, () -> models.loadFresh(design)));
    }

    @Test
    void a_writing_transaction_sees_its_own_change_and_a_rolled_back_change_is_never_served() {
        data.as(OWNER, () -> models.load(design)); // kept
        TransactionTemplate tx = new TransactionTemplate(transactions);
        int inside = data.as(OWNER, () -> tx.execute(status -> {
            entities.createEntity(design, EntityDraft.named("invoices", EntityKind.CORE));
            int seen = models.load(design).entities().size();
            status.setRollbackOnly();
            return seen;
        }));

        assertThat(inside).isEqualTo(3);
        DesignModel after = data.as(OWNER, () -> models.load(design));
        assertThat(after.entities()).extracting(Entity::name).containsExactly("orders", "users");
    }
}
