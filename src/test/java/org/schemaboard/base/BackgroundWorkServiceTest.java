package org.schemaboard.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.schemaboard.TestData.EDITOR;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.schemaboard.ServiceTest;
import org.schemaboard.TestData;
import org.schemaboard.design.DesignRole;
import org.schemaboard.design.DesignService;
import org.schemaboard.design.DesignSummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.scheduling.TaskScheduler;

/** The application's executor in the running application: the one there is, and who the services see on it. */
@ServiceTest
class BackgroundWorkServiceTest {

    @Autowired
    BackgroundWork work;
    @Autowired
    TestData fixture;
    @Autowired
    DesignService designs;
    @Autowired
    ApplicationContext context;

    @Test
    void a_service_called_on_the_background_thread_sees_the_person_who_started_the_work() throws Exception {
        UUID design = fixture.newDesign();

        record Seen(String thread, String person, DesignRole role) {
        }
        Seen seen = fixture.as(EDITOR, () -> work.start(() -> new Seen(Thread.currentThread().getName(),
                SignedInUser.current().map(SignedInUser::username).orElse("nobody"),
                designs.listMine().stream().filter(d -> d.id().equals(design)).map(DesignSummary::myRole)
                        .findFirst().orElse(null)))).get(10, TimeUnit.SECONDS);

        assertThat(seen.thread()).startsWith("background-");
        assertThat(seen.person()).isEqualTo(EDITOR);
        assertThat(seen.role()).isEqualTo(DesignRole.EDITOR);
    }

    @Test
    void it_is_the_only_executor_besides_the_scheduler_so_vaadin_and_spring_use_it_too() {
        Map<String, Executor> executors = context.getBeansOfType(Executor.class);
        executors.values().removeIf(TaskScheduler.class::isInstance);

        assertThat(executors.values()).containsExactly(work);
    }
}
