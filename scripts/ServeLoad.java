import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The client side of scripts/serve-load: SESSIONS browser sessions at once against a running
 * {@code wenshu serve}, each uploading FILES and building a compilation of them, then downloading the
 * PDF. Prints the latency percentiles of uploads, builds and whole sessions, and fails (exit 1) when
 * a session lost a file, saw another session's file, or got no PDF. JDK only (run as a source file).
 *
 * <p>{@code java scripts/ServeLoad.java URL SESSIONS FILE...}
 */
public final class ServeLoad {
    private static final ConcurrentLinkedQueue<Long> UPLOADS = new ConcurrentLinkedQueue<>();
    private static final ConcurrentLinkedQueue<Long> BUILDS = new ConcurrentLinkedQueue<>();
    private static final ConcurrentLinkedQueue<Long> SESSIONS = new ConcurrentLinkedQueue<>();
    private static final ConcurrentLinkedQueue<String> PROBLEMS = new ConcurrentLinkedQueue<>();

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args[0]);
        int sessions = Integer.parseInt(args[1]);
        List<Path> files = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            files.add(Path.of(args[i]));
        }
        ExecutorService pool = Executors.newFixedThreadPool(sessions);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> running = new ArrayList<>();
        for (int s = 0; s < sessions; s++) {
            int number = s;
            running.add(pool.submit(() -> {
                start.await();
                session(base, number, files);
                return null;
            }));
        }
        long began = System.nanoTime();
        start.countDown();
        for (Future<?> future : running) {
            try {
                future.get();
            } catch (Exception e) {
                PROBLEMS.add("session failed: " + e.getCause());
            }
        }
        pool.shutdown();
        double wall = (System.nanoTime() - began) / 1e9;
        System.out.printf(Locale.ROOT, "wenshu: %d sessions × %d files, %.1f s in all%n", sessions, files.size(), wall);
        print("upload", UPLOADS);
        print("build", BUILDS);
        print("session", SESSIONS);
        PROBLEMS.forEach(p -> System.out.println("wenshu: PROBLEM " + p));
        System.exit(PROBLEMS.isEmpty() ? 0 : 1);
    }

    private static void session(URI base, int number, List<Path> files) throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(30)).build();
        long began = System.nanoTime();
        get(client, base, "");
        List<Integer> ids = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Path file : files) {
            String name = "s" + number + "-" + file.getFileName();
            names.add(name);
            long t = System.nanoTime();
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(base.resolve("api/files?name="
                    + URLEncoder.encode(name, StandardCharsets.UTF_8))).timeout(Duration.ofMinutes(10))
                    .POST(HttpRequest.BodyPublishers.ofFile(file)).build(), HttpResponse.BodyHandlers.ofString());
            UPLOADS.add(System.nanoTime() - t);
            if (response.statusCode() != 200) {
                PROBLEMS.add(name + ": upload answered " + response.statusCode() + " " + response.body());
                return;
            }
            Matcher id = Pattern.compile("\"file\":\\{\"id\":(\\d+)").matcher(response.body());
            if (!id.find()) {
                PROBLEMS.add(name + ": no id in " + response.body());
                return;
            }
            ids.add(Integer.parseInt(id.group(1)));
        }
        String state = get(client, base, "api/state").body();
        for (String name : names) {
            if (!state.contains("\"name\":\"" + name + "\"")) {
                PROBLEMS.add("session " + number + " lost " + name);
            }
        }
        if (Pattern.compile("\"name\":\"s(?!" + number + "-)\\d+-").matcher(state).find()) {
            PROBLEMS.add("session " + number + " sees another session's files");
        }
        String form = "{\"kind\":\"compilation\",\"metadata\":{\"title\":\"负载测试汇编" + number + "\"},\"sources\":" + ids + "}";
        long t = System.nanoTime();
        HttpResponse<String> built = client.send(HttpRequest.newBuilder(base.resolve("api/build")).timeout(Duration.ofMinutes(10))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        BUILDS.add(System.nanoTime() - t);
        if (built.statusCode() != 200) {
            PROBLEMS.add("session " + number + ": build answered " + built.statusCode() + " " + built.body());
            return;
        }
        HttpResponse<byte[]> pdf = client.send(HttpRequest.newBuilder(base.resolve("download/report.pdf")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (pdf.statusCode() != 200 || pdf.body().length < 5 || !new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII).equals("%PDF-")) {
            PROBLEMS.add("session " + number + ": no PDF");
        }
        SESSIONS.add(System.nanoTime() - began);
    }

    private static HttpResponse<String> get(HttpClient client, URI base, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofMinutes(5)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void print(String what, ConcurrentLinkedQueue<Long> samples) {
        List<Long> sorted = new ArrayList<>(samples);
        if (sorted.isEmpty()) {
            return;
        }
        Collections.sort(sorted);
        System.out.printf(Locale.ROOT, "wenshu: %-8s n=%3d  p50 %7.2f s  p90 %7.2f s  p99 %7.2f s  max %7.2f s%n", what, sorted.size(),
                pct(sorted, 50), pct(sorted, 90), pct(sorted, 99), sorted.get(sorted.size() - 1) / 1e9);
    }

    private static double pct(List<Long> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index))) / 1e9;
    }
}
