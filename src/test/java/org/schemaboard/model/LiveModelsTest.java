package org.schemaboard.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.schemaboard.ServiceTest;
import org.schemaboard.TestData;
import org.schemaboard.base.DesignChanged;
import org.schemaboard.model.entity.Attribute;
import org.schemaboard.model.entity.AttributeDraft;
import org.schemaboard.model.entity.EntityDraft;
import org.schemaboard.model.entity.EntityKind;
import org.schemaboard.model.entity.EntityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Open editors of one design share one read of the model per change, and a partial read equals a whole one. */
@ServiceTest
class LiveModelsTest {

    @Autowired
    TestData data;
    @Autowired
    LiveModels live;
    @Autowired
    DesignModelService models;
    @Autowired
    EntityService entities;

    record Seen(DesignModel model, List<DesignChanged> changes) {
    }

    @Test
    void three_open_editors_receive_the_same_model_from_one_read_per_change() {
        String owner = data.account("live");
        UUID design = data.design(owner, TestData.designName("Live"));
        UUID userId = ownerId(owner);
        UUID customers = data.as(owner, () -> entities.createEntity(design, EntityDraft.named("customers",
                EntityKind.CORE)));
        UUID email = data.as(owner, () -> entities.addAttribute(customers, AttributeDraft.of("email", "TEXT")));
        DesignModel opened = data.as(owner, () -> models.load(design));

        List<List<Seen>> editors = List.of(new CopyOnWriteArrayList<>(), new CopyOnWriteArrayList<>(),
                new CopyOnWriteArrayList<>());
        List<LiveModels.Watch> watches = editors.stream()
                .map(seen -> live.watch(design, userId, opened, (model, changes) -> seen.add(new Seen(model, changes))))
                .toList();
        try {
            long readsBefore = live.reads();
            Attribute before = opened.entity(customers).orElseThrow().attribute(email).orElseThrow();
            data.as(owner, () -> entities.updateAttribute(email, before, AttributeDraft.of("email_address", "TEXT")));

            waitUntil(() -> editors.stream().allMatch(seen -> !seen.isEmpty()));
            assertThat(live.reads() - readsBefore).isEqualTo(1);
            DesignModel first = editors.get(0).get(0).model();
            assertThat(editors).allSatisfy(seen -> assertThat(seen.get(0).model()).isSameAs(first));
            assertThat(editors.get(0).get(0).changes()).extracting(DesignChanged::elementId).containsExactly(email);
            // the partial read (only "customers" again) gives exactly what a whole read gives
            assertThat(first).isEqualTo(data.as(owner, () -> models.load(design)));
            assertThat(first.entity(customers).orElseThrow().attribute(email).orElseThrow().name())
                    .isEqualTo("email_address");
        } finally {
            watches.forEach(LiveModels.Watch::close);
        }
    }

    @Test
    void a_change_to_anything_but_entity_rows_reads_the_whole_design() {
        String owner = data.account("live");
        UUID design = data.design(owner, TestData.designName("Live"));
        UUID userId = ownerId(owner);
        DesignModel opened = data.as(owner, () -> models.load(design));
        List<Seen> seen = new CopyOnWriteArrayList<>();
        try (LiveModels.Watch watch = live.watch(design, userId, opened, (m, c) -> seen.add(new Seen(m, c)))) {
            UUID orders = data.as(owner, () -> entities.createEntity(design, EntityDraft.named("orders",
                    EntityKind.CORE)));

            waitUntil(() -> !seen.isEmpty());
            assertThat(seen.get(seen.size() - 1).model().entity(orders)).isPresent();
            assertThat(DesignModelService.touchedEntities(seen.get(0).changes(), opened)).isNull();
        }
    }

    /** Deliveries run on the event bus's threads after commit: wait for them, at most 5 s. */
    private static void waitUntil(java.util.function.BooleanSupplier condition) {
        long end = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited 5 s for the delivery").isLessThan(end);
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private UUID ownerId(String username) {
        return data.as(username, () -> org.schemaboard.base.SignedInUser.current().orElseThrow().id());
    }
}
