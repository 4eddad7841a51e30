package org.schemaboard.base;

import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The application's one {@link org.springframework.core.task.TaskExecutor}. Being the only one, it replaces Spring
 * Boot's default {@code applicationTaskExecutor}, and Vaadin uses it for its own (rare) background tasks too.
 */
@Configuration(proxyBeanMethods = false)
class BackgroundWorkConfiguration {

    /**
     * Twice the cores, at least four: the work is mostly CPU (rendering, parsing) with some database waits (an
     * import's transaction, a notification count), and four let a long export, an import and a parse-ahead run while
     * pushes still get a thread. 64 waiting tasks are a few minutes of exports at most; beyond that a person is better
     * told to try again than left watching a progress bar that does not move. 30 s is longer than an import of the
     * largest dump we accept takes to write.
     */
    @Bean
    BackgroundWork backgroundWork() {
        int threads = Math.max(4, 2 * Runtime.getRuntime().availableProcessors());
        return new BackgroundWork(threads, 64, Duration.ofSeconds(30));
    }
}
