package org.schemaboard.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** What the figures were measured on, and how busy the (shared) machine was at the time. */
final class Machine {

    private Machine() {
    }

    /** The 1, 5 and 15 minute load averages, as uptime shows them. */
    static String load() {
        try {
            String[] parts = Files.readString(Paths.get("/proc/loadavg")).split(" ");
            return parts[0] + ", " + parts[1] + ", " + parts[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    static double load1() {
        try {
            return Double.parseDouble(Files.readString(Paths.get("/proc/loadavg")).split(" ")[0]);
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    /** MemAvailable from /proc/meminfo, in MiB. */
    static long availableMiB() {
        try {
            return Files.readAllLines(Paths.get("/proc/meminfo")).stream()
                    .filter(l -> l.startsWith("MemAvailable:"))
                    .map(l -> Long.parseLong(l.replaceAll("\\D+", "")) / 1024)
                    .findFirst().orElse(-1L);
        } catch (IOException e) {
            return -1;
        }
    }

    static String describe() {
        return "- date (UTC): " + Instant.now().truncatedTo(ChronoUnit.SECONDS) + "\n"
                + "- cores: " + Runtime.getRuntime().availableProcessors() + "; CPU: " + cpuModel() + "\n"
                + "- memory: " + totalMiB() + " MiB total, " + availableMiB() + " MiB available at start\n"
                + "- Java: " + System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
                + "; max heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB\n"
                + "- load average at start (1, 5, 15 min): " + load();
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Paths.get("/proc/cpuinfo")).stream()
                    .filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).strip())
                    .findFirst().orElse("unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static long totalMiB() {
        try {
            return Files.readAllLines(Paths.get("/proc/meminfo")).stream()
                    .filter(l -> l.startsWith("MemTotal:"))
                    .map(l -> Long.parseLong(l.replaceAll("\\D+", "")) / 1024)
                    .findFirst().orElse(-1L);
        } catch (IOException e) {
            return -1;
        }
    }

    /** Writes a report to target/bench/&lt;name&gt;.md and to standard output. */
    static void report(String name, String markdown) {
        System.out.println();
        System.out.println(markdown);
        try {
            Path dir = Paths.get("target", "bench");
            Files.createDirectories(dir);
            Path file = dir.resolve(name + "-" + Instant.now().toString().replace(':', '-') + ".md");
            Files.writeString(file, markdown);
            System.out.println("(written to " + file + ")");
        } catch (IOException e) {
            System.err.println("Could not write the report: " + e);
        }
    }
}
