import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.sun.tools.attach.VirtualMachine;

/**
 * Profiles a running service with async-profiler for some seconds: the CPU time of every thread,
 * Java, the JVM's own (compilers, collector) and the kernel's, which JFR's sampling leaves out.
 * The agent is loaded through the attach API (`jcmd JVMTI.agent_load` did not pass it its
 * options). Writes a flame graph for {@code .html}, otherwise collapsed stacks (one line a stack,
 * frames joined by {@code ;}, then the sample count) and prints, from those, the share of all
 * samples in each of the service's own methods and any other frame named on the command line.
 * <p>
 * Usage (bench/profile.sh fetches the agent): java bench/Profile.java AGENT.so PID SECONDS OUT [FRAME...]
 */
public class Profile {

    public static void main(String[] args) throws Exception {
        String agent = args[0];
        String pid = args[1];
        int seconds = Integer.parseInt(args[2]);
        Path out = Path.of(args[3]).toAbsolutePath();
        load(pid, agent, "start,event=" + System.getenv().getOrDefault("PROFILE_EVENT", "cpu") + ",interval=1ms");
        Thread.sleep(seconds * 1000L);
        load(pid, agent, "stop," + (out.toString().endsWith(".html") ? "" : "collapsed,") + "file=" + out);
        System.out.println("profile of " + seconds + " s written to " + out);
        if (!out.toString().endsWith(".html")) {
            summarise(Files.readAllLines(out), List.of(args).subList(4, args.length));
        }
    }

    private static void load(String pid, String agent, String options) throws Exception {
        VirtualMachine vm = VirtualMachine.attach(pid);
        try {
            vm.loadAgentPath(agent, options);
        } finally {
            vm.detach();
        }
    }

    /** Each frame's inclusive share: the samples whose stack holds it, over all samples. */
    private static void summarise(List<String> stacks, List<String> named) {
        Map<String, Long> inclusive = new HashMap<>();
        long total = 0;
        for (String line : stacks) {
            int space = line.lastIndexOf(' ');
            long n = Long.parseLong(line.substring(space + 1));
            total += n;
            Set<String> frames = new HashSet<>(List.of(line.substring(0, space).split(";")));
            for (String frame : frames) {
                inclusive.merge(frame, n, Long::sum);
            }
        }
        long all = total;
        System.out.printf("%d samples (1 ms of CPU each)%n", all);
        inclusive.entrySet().stream()
                .filter(e -> e.getKey().startsWith("org/ruraltalent/") && !e.getKey().contains("_ClientProxy")
                        && !e.getKey().contains("_Subclass") || named.stream().anyMatch(e.getKey()::contains))
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
                .limit(40)
                .forEach(e -> System.out.printf("%5.1f %%  %s%n", 100.0 * e.getValue() / all, e.getKey()));
    }
}
