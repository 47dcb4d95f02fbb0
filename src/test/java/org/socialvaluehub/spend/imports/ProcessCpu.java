package org.socialvaluehub.spend.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * CPU time used so far by this JVM and by the PostgreSQL server behind a data source (its postmaster and every child
 * process, read from Linux's /proc), for benchmarks on a shared machine: unlike elapsed time, it does not grow when
 * other work takes the cores. Linux only; zero elsewhere.
 */
final class ProcessCpu {

    private static final double TICKS_PER_SECOND = 100.0;

    private final long postmaster;

    private ProcessCpu(long postmaster) {
        this.postmaster = postmaster;
    }

    static ProcessCpu of(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                ResultSet rs = connection.createStatement().executeQuery("select pg_backend_pid()")) {
            rs.next();
            return new ProcessCpu(parent(rs.getLong(1)));
        }
    }

    double jvmSeconds() {
        return ProcessHandle.current()
                        .info()
                        .totalCpuDuration()
                        .orElse(Duration.ZERO)
                        .toNanos()
                / 1e9;
    }

    /** The postmaster's own time, its exited children's, and its living children's. */
    double postgresSeconds() {
        long ticks = ticks(postmaster, true);
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            ticks += processes
                    .filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .mapToLong(p -> Long.parseLong(p.getFileName().toString()))
                    .filter(pid -> parent(pid) == postmaster)
                    .map(pid -> ticks(pid, false))
                    .sum();
        } catch (IOException e) {
            return 0;
        }
        return ticks / TICKS_PER_SECOND;
    }

    private static long ticks(long pid, boolean withExitedChildren) {
        String[] fields = stat(pid);
        if (fields.length < 17) {
            return 0;
        }
        long ticks = Long.parseLong(fields[13]) + Long.parseLong(fields[14]);
        return withExitedChildren ? ticks + Long.parseLong(fields[15]) + Long.parseLong(fields[16]) : ticks;
    }

    private static long parent(long pid) {
        String[] fields = stat(pid);
        return fields.length > 3 ? Long.parseLong(fields[3]) : -1;
    }

    /** The fields of /proc/PID/stat, the command name (which may hold spaces) replaced by one field. */
    private static String[] stat(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            return ("pid comm " + stat.substring(stat.lastIndexOf(')') + 2)).split(" ");
        } catch (IOException | RuntimeException e) {
            return new String[0];
        }
    }
}
