import java.io.FileWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;

/**
 * How fast the machine is at each moment of a benchmark: the CPU time two fixed pieces of work
 * take, one bound by the core, one by the memory behind it, and how long the disk takes to make
 * one small write durable.
 * <p>
 * The benchmark's rows are compared across days and sizes on a shared virtual machine, so each
 * is noted beside what the machine itself did meanwhile (docs/PERFORMANCE.md, "The machine's own
 * speed"). Every few seconds the probe runs
 * <ul>
 * <li>{@code core}: an arithmetic loop that stays in registers, so a lower clock shows;</li>
 * <li>{@code memory}: a walk of 100,000 dependent steps through a 64 MB random cycle, each step a
 * miss in every cache, so a neighbour's load on the host's caches and memory shows;</li>
 * </ul>
 * counting only its own thread's CPU time (waiting for a core does not count, and KVM reports
 * stolen time apart), then {@code flush}: 8 kB written to a file beside the log and forced to the
 * disk ({@code fdatasync}, as PostgreSQL makes each commit's WAL durable), timed by the clock. The
 * clock also counts the wait for a core once the disk has answered, which on saturated cores can be
 * most of it; so each sample also reads the disks' own counters ({@code /sys/block/*}{@code /stat}
 * of the devices that are not loop, RAM or compressed-RAM ones), and the summary gives
 * {@code disk}: the average time the disks took a write over the window, the kernel's count
 * from a request's issue to its completion. Last, {@code handoff}: 500 round trips of one byte
 * over a loopback TCP connection to a thread of its own that sends it back, as the service and
 * PostgreSQL hand each statement to each other. Its clock time a round trip counts the waits for
 * a core; its CPU time a round trip (both threads', mostly the kernel's socket and scheduler work,
 * and the wake-ups of an idle virtual CPU) is the part a register-bound loop cannot show. About
 * 3 % of one core at the benchmark's 2 s interval; a 64 MB array (run it with {@code -Xmx160m}).
 *
 * <pre>
 *   java bench/SpeedProbe.java run FILE [INTERVAL_S]  appends a line a sample until killed:
 *                                                     "epoch_s core_ms memory_ms flush_ms disk_writes
 *                                                     disk_write_ms handoff_clock_us handoff_cpu_us"
 *   java bench/SpeedProbe.java summary FILE T0 T1     what the samples between two epoch times say
 * </pre>
 */
public class SpeedProbe {

    private static final int CORE_STEPS = 10_000_000;
    private static final int MEMORY_SLOTS = 16 << 20; // ints: 64 MB
    private static final int MEMORY_STEPS = 100_000;
    private static final int HANDOFFS = 500;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    public static void main(String[] args) throws Exception {
        if (args.length >= 2 && args[0].equals("run")) {
            run(Path.of(args[1]), args.length > 2 ? Double.parseDouble(args[2]) : 2.0);
        } else if (args.length == 4 && args[0].equals("summary")) {
            System.out.println(summary(Path.of(args[1]), Double.parseDouble(args[2]), Double.parseDouble(args[3])));
        } else {
            System.err.println("java bench/SpeedProbe.java run FILE [INTERVAL_S] | summary FILE T0 T1");
            System.exit(2);
        }
    }

    private static void run(Path file, double intervalSeconds) throws IOException, InterruptedException {
        int[] cycle = randomCycle(MEMORY_SLOTS);
        for (int i = 0; i < 20; i++) { // until both loops are compiled
            core();
            memory(cycle);
        }
        Path flushed = file.resolveSibling(file.getFileName() + ".flush");
        try (PrintWriter out = new PrintWriter(new FileWriter(file.toFile(), true), true);
                FileChannel flushes = FileChannel.open(flushed, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                        StandardOpenOption.DELETE_ON_CLOSE);
                Echo echo = new Echo()) {
            ByteBuffer page = ByteBuffer.allocate(8192);
            for (int i = 0; i < 20; i++) {
                echo.roundTrips(HANDOFFS);
            }
            while (true) {
                long c0 = THREADS.getCurrentThreadCpuTime();
                core();
                long c1 = THREADS.getCurrentThreadCpuTime();
                memory(cycle);
                long c2 = THREADS.getCurrentThreadCpuTime();
                long f0 = System.nanoTime();
                flushes.write(page.clear(), 0);
                flushes.force(false);
                long f1 = System.nanoTime();
                long[] disk = diskWrites();
                long[] handoff = echo.roundTrips(HANDOFFS);
                out.printf("%.1f %.2f %.2f %.3f %d %d %.1f %.1f%n", System.currentTimeMillis() / 1000.0,
                        (c1 - c0) / 1e6, (c2 - c1) / 1e6, (f1 - f0) / 1e6, disk[0], disk[1],
                        handoff[0] / 1e3 / HANDOFFS, handoff[1] / 1e3 / HANDOFFS);
                Thread.sleep((long) (intervalSeconds * 1000));
            }
        }
    }

    /** A thread that sends back each byte it receives over a loopback TCP connection. */
    private static final class Echo implements AutoCloseable {
        private final ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        private final Socket client = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort());
        private final Socket served = server.accept();
        private final InputStream in = client.getInputStream();
        private final OutputStream out = client.getOutputStream();
        private final Thread thread = new Thread(this::serve, "echo");

        Echo() throws IOException {
            client.setTcpNoDelay(true);
            served.setTcpNoDelay(true);
            thread.setDaemon(true);
            thread.start();
        }

        private void serve() {
            try (InputStream from = served.getInputStream(); OutputStream to = served.getOutputStream()) {
                int b;
                while ((b = from.read()) >= 0) {
                    to.write(b);
                }
            } catch (IOException closed) {
                // the probe is stopping
            }
        }

        /** Clock and CPU nanoseconds (both threads') of {@code n} round trips. */
        long[] roundTrips(int n) throws IOException {
            long cpu0 = THREADS.getCurrentThreadCpuTime() + THREADS.getThreadCpuTime(thread.getId());
            long t0 = System.nanoTime();
            for (int i = 0; i < n; i++) {
                out.write(i & 0x7f);
                if (in.read() < 0) {
                    throw new IOException("the echo thread closed the connection");
                }
            }
            long t1 = System.nanoTime();
            long cpu1 = THREADS.getCurrentThreadCpuTime() + THREADS.getThreadCpuTime(thread.getId());
            return new long[] {t1 - t0, cpu1 - cpu0};
        }

        @Override
        public void close() throws IOException {
            client.close();
            served.close();
            server.close();
        }
    }

    /** Writes completed and the milliseconds they took, summed over the machine's disks (Linux block layer stat). */
    private static long[] diskWrites() throws IOException {
        long[] sum = new long[2];
        try (var devices = Files.list(Path.of("/sys/block"))) {
            for (Path device : (Iterable<Path>) devices::iterator) {
                String name = device.getFileName().toString();
                if (name.startsWith("loop") || name.startsWith("ram") || name.startsWith("zram")) {
                    continue;
                }
                String[] f = Files.readString(device.resolve("stat")).trim().split("\\s+");
                sum[0] += Long.parseLong(f[4]);
                sum[1] += Long.parseLong(f[7]);
            }
        }
        return sum;
    }

    private static volatile long sink;

    private static void core() {
        long x = 1;
        for (int i = 0; i < CORE_STEPS; i++) {
            x = x * 6364136223846793005L + i;
        }
        sink = x;
    }

    private static void memory(int[] cycle) {
        int at = 0;
        for (int i = 0; i < MEMORY_STEPS; i++) {
            at = cycle[at];
        }
        sink = at;
    }

    /** Each slot names the next of one cycle through all of them in random order (Sattolo): nothing to prefetch. */
    private static int[] randomCycle(int n) {
        int[] next = new int[n];
        for (int i = 0; i < n; i++) {
            next[i] = i;
        }
        SplittableRandom random = new SplittableRandom(42);
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i);
            int t = next[i];
            next[i] = next[j];
            next[j] = t;
        }
        return next;
    }

    private static String summary(Path file, double t0, double t1) throws IOException {
        if (!Files.exists(file)) {
            return "machine speed: no sample";
        }
        List<Double> core = new ArrayList<>();
        List<Double> memory = new ArrayList<>();
        List<Double> flush = new ArrayList<>();
        List<Double> handoffClock = new ArrayList<>();
        List<Double> handoffCpu = new ArrayList<>();
        long[] first = null;
        long[] last = null;
        for (String line : Files.readAllLines(file)) {
            String[] f = line.trim().split(" ");
            if (f.length >= 6 && Double.parseDouble(f[0]) >= t0 && Double.parseDouble(f[0]) <= t1) {
                core.add(Double.parseDouble(f[1]));
                memory.add(Double.parseDouble(f[2]));
                flush.add(Double.parseDouble(f[3]));
                if (f.length >= 8) {
                    handoffClock.add(Double.parseDouble(f[6]));
                    handoffCpu.add(Double.parseDouble(f[7]));
                }
                last = new long[] {Long.parseLong(f[4]), Long.parseLong(f[5])};
                first = first == null ? last : first;
            }
        }
        if (core.isEmpty()) {
            return "machine speed: no sample";
        }
        long writes = last[0] - first[0];
        String disk = writes == 0 ? "no write"
                : String.format("%.2f ms a write (%d writes)", (last[1] - first[1]) / (double) writes, writes);
        String handoff = handoffClock.isEmpty() ? ""
                : String.format(", handoff %s clock, %s CPU a round trip", range(handoffClock, 1, "us"),
                        range(handoffCpu, 1, "us"));
        return String.format("machine speed: core %s, memory %s, flush %s, disk %s%s (bench/SpeedProbe.java, %d samples)",
                range(core, 1, "ms"), range(memory, 1, "ms"), range(flush, 2, "ms"), disk, handoff, core.size());
    }

    private static String range(List<Double> samples, int decimals, String unit) {
        Collections.sort(samples);
        String value = "%." + decimals + "f";
        return String.format(value + " " + unit + " (" + value + "-" + value + ")",
                samples.get(samples.size() / 2), samples.get(0), samples.get(samples.size() - 1));
    }
}
