package org.schemaboard.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import org.schemaboard.Application;
import org.schemaboard.design.DesignOnServer;
import org.schemaboard.design.DesignService;
import org.schemaboard.model.DesignModel;
import org.schemaboard.model.DesignModelService;
import org.schemaboard.security.CurrentUser;
import org.springframework.boot.ApplicationContextFactory;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.mock.web.MockServletContext;
import org.springframework.web.context.support.GenericWebApplicationContext;

/**
 * Issue 22: the whole-design read ({@code DesignModelService.loadFresh}) again on a database {@link ModelBenchmark}
 * kept ({@code -Dbench.keep=true}), without generating it anew: for trying a change to the read in a minute. Not a
 * test: {@code mvn -Pbenchmark -DskipTests test-compile exec:java -Dbench.main=org.schemaboard.bench.LoadAgainBenchmark
 * -Dbench.dataDir=/tmp/schemaboard-bench-… [-Dbench.runs=9 -Dbench.h2CacheSizeKb=65536]}.
 */
public final class LoadAgainBenchmark {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private LoadAgainBenchmark() {
    }

    public static void main(String[] args) {
        String dataDir = System.getProperty("bench.dataDir");
        int runs = Integer.getInteger("bench.runs", 9);
        ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class)
                .web(WebApplicationType.SERVLET)
                .contextFactory(ApplicationContextFactory.of(
                        () -> new GenericWebApplicationContext(new MockServletContext())))
                .bannerMode(Banner.Mode.OFF).logStartupInfo(false)
                .run("--schemaboard.data-dir=" + dataDir, "--schemaboard.demo=false", "--logging.level.root=WARN");
        try {
            DesignService designs = context.getBean(DesignService.class);
            DesignModelService models = context.getBean(DesignModelService.class);
            CurrentUser currentUser = context.getBean(CurrentUser.class);
            Integer cacheKb = Integer.getInteger("bench.h2CacheSizeKb");
            if (cacheKb != null) { // an experiment: H2's page cache is 16 MB unless the URL says otherwise
                context.getBean(org.jooq.DSLContext.class).execute("SET CACHE_SIZE " + cacheKb);
            }
            DesignOnServer design = designs.listAllForOperator().stream()
                    .max(java.util.Comparator.comparing(DesignOnServer::updatedAt)).orElseThrow();
            long[] wall = new long[runs];
            long[] cpu = new long[runs];
            long attributes = 0;
            for (int i = -3; i < runs; i++) {
                long c0 = THREADS.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                DesignModel model = currentUser.runAs(design.readAs(), () -> models.loadFresh(design.id()));
                if (i >= 0) {
                    wall[i] = (System.nanoTime() - t0) / 1_000_000;
                    cpu[i] = (THREADS.getCurrentThreadCpuTime() - c0) / 1_000_000;
                }
                attributes = model.entities().stream().mapToLong(e -> e.attributes().size()).sum();
            }
            Arrays.sort(wall);
            Arrays.sort(cpu);
            System.out.printf(Locale.ROOT, "loadFresh of %s (%,d attributes), %d runs: wall min %,d median %,d ms; "
                            + "CPU min %,d median %,d ms; load average %s%n", design.name(), attributes, runs, wall[0],
                    wall[runs / 2], cpu[0], cpu[runs / 2],
                    Arrays.toString(new double[] {ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()}));
        } finally {
            context.close();
        }
        System.exit(0);
    }
}
