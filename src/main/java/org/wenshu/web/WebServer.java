package org.wenshu.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.wenshu.DocumentWorker;
import org.wenshu.Wenshu;
import org.wenshu.model.Document;
import org.wenshu.model.WenshuException;

/**
 * {@code wenshu serve}: the local web page, on the JDK's own HTTP server ({@code com.sun.net.httpserver},
 * part of every Java 17; no servlet container or framework to ship, and the page needs no more than
 * a dozen routes). The page and its script and style come from the jar; nothing is loaded from the
 * internet (the Content-Security-Policy allows only this server).
 *
 * <p>Each browser session gets a workspace found by a random token in an HttpOnly, SameSite=Strict
 * cookie. Requests whose {@code Host} is not this machine's loopback name are refused when bound to
 * loopback (so a web site cannot reach the page through DNS rebinding), and so are changing requests
 * from another origin. User mistakes and unreadable files answer with their one-line message; any
 * other failure answers with a numbered plain message, and its stack trace goes to the console only
 * with {@code --debug}.
 */
public final class WebServer implements AutoCloseable {
    private static final Pattern FILE = Pattern.compile("/api/files/(\\d{1,9})");
    private static final Pattern LINES = Pattern.compile("/api/files/(\\d{1,9})/lines");
    private static final Pattern PAGE = Pattern.compile("/api/pages/(\\d{1,9})\\.png");
    private static final Map<String, String> STATIC = Map.of(
            "app.js", "text/javascript; charset=utf-8",
            "app.css", "text/css; charset=utf-8");
    private static final String COOKIE = "wenshu";
    private static final int MAX_JSON_BYTES = 1024 * 1024;
    private static final int REQUEST_THREADS = 64;
    private static final long MAX_DRAIN_BYTES = 256L * 1024 * 1024;
    private static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' blob:; "
            + "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    private final ServeSettings settings;
    private final HttpServer server;
    private final ExecutorService requests;
    private final ScheduledExecutorService sweeper;
    private final Workspaces workspaces;
    private final Wenshu wenshu = Wenshu.standard();
    private final ReportMaker maker = new ReportMaker();
    private final DocumentWorker worker;
    private final BuildQueue builds;
    /** The build each workspace is waiting for or running, for {@code /api/build/status}. */
    private final java.util.Map<Workspace, BuildQueue.Ticket> buildOf = new java.util.concurrent.ConcurrentHashMap<>();
    private final ObjectMapper json = new ObjectMapper();
    private final JsonNode forms;
    private final PrintStream console;
    private final AtomicLong errors = new AtomicLong();
    private final boolean loopback;
    private volatile boolean closed;

    private WebServer(ServeSettings settings, PrintStream console) throws IOException {
        this.settings = settings;
        this.console = console;
        this.worker = new DocumentWorker(DocumentWorker.DEFAULT_STACK_BYTES, settings.buildTimeLimit());
        this.builds = new BuildQueue(settings.builds());
        try (InputStream in = resource("forms.json")) {
            this.forms = json.readTree(in);
        }
        InetAddress address = InetAddress.getByName(settings.host());
        this.loopback = address.isLoopbackAddress();
        this.workspaces = new Workspaces(settings.limits(), settings.maxWorkspaces(), System::currentTimeMillis);
        this.server = HttpServer.create(new InetSocketAddress(address, settings.port()), 64);
        // builds wait for their turn in the queue while holding their request thread; enough threads
        // that uploads, previews and downloads of other sessions never queue behind waiting builds
        // (with 8, the load test's state requests waited minutes)
        this.requests = Executors.newFixedThreadPool(REQUEST_THREADS, daemon("wenshu-serve"));
        server.setExecutor(requests);
        server.createContext("/", this::handle);
        this.sweeper = Executors.newSingleThreadScheduledExecutor(daemon("wenshu-serve-sweeper"));
        long period = Math.max(1_000, Math.min(60_000, settings.idleTimeout().toMillis() / 4));
        sweeper.scheduleWithFixedDelay(this::sweep, period, period, TimeUnit.MILLISECONDS);
    }

    /** Starts serving; {@code console} gets one line per internal error (with its stack trace under debug). */
    public static WebServer start(ServeSettings settings, PrintStream console) throws IOException {
        WebServer web = new WebServer(settings, console);
        web.server.start();
        return web;
    }

    /** The page's address, e.g. {@code http://127.0.0.1:8130/}. */
    public URI address() {
        InetSocketAddress bound = server.getAddress();
        String host = bound.getAddress().getHostAddress();
        if (host.contains(":")) {
            host = "[" + host + "]";
        }
        return URI.create("http://" + host + ":" + bound.getPort() + "/");
    }

    /** The folder all workspaces live in (deleted by {@link #close()}). */
    public Path workspaceRoot() {
        return workspaces.root();
    }

    /** The number of live workspaces. */
    public int workspaceCount() {
        return workspaces.size();
    }

    /** Deletes the workspaces idle longer than the settings allow now; the number deleted. */
    public int sweep() {
        try {
            return workspaces.sweep(System.currentTimeMillis() - settings.idleTimeout().toMillis());
        } catch (RuntimeException e) {
            report(e);
            return 0;
        }
    }

    /** Stops serving and deletes every workspace. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        server.stop(0);
        sweeper.shutdownNow();
        requests.shutdownNow();
        try {
            requests.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        workspaces.close();
    }

    // ---------------------------------------------------------------------------------- requests

    private void handle(HttpExchange exchange) {
        WebText text = WebText.forHeader(exchange.getRequestHeaders().getFirst("Accept-Language"));
        Workspace workspace = null;
        try {
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getPath();
            if (!hostAllowed(exchange) || (!method.equals("GET") && !method.equals("HEAD") && !sameOrigin(exchange))) {
                sendJson(exchange, 403, Map.of("error", text.get("error.forbidden")));
                return;
            }
            if (path.startsWith("/static/")) {
                staticFile(exchange, path.substring("/static/".length()));
                return;
            }
            Workspaces.Session session = session(exchange, text);
            if (session == null) {
                return;
            }
            workspace = session.workspace();
            workspace.enter(System.currentTimeMillis());
            route(exchange, method, path, workspace, text);
        } catch (Workspace.LimitException e) {
            drain(exchange);
            sendError(exchange, 413, e.getMessage());
        } catch (Workspace.JobException e) {
            sendJsonQuietly(exchange, 400, Map.of("error", e.getMessage(), "job", e.jobText()));
        } catch (WenshuException e) {
            sendError(exchange, 400, text.say(e));
        } catch (Throwable e) {
            long number = errors.incrementAndGet();
            report(e);
            sendError(exchange, 500, text.get("error.internal", Long.toString(number)));
        } finally {
            if (workspace != null) {
                workspace.leave(System.currentTimeMillis());
            }
            exchange.close();
        }
    }

    private void route(HttpExchange exchange, String method, String path, Workspace workspace, WebText text)
            throws IOException {
        Matcher matcher;
        if (method.equals("GET") && path.equals("/")) {
            page(exchange, text);
        } else if (method.equals("GET") && path.equals("/api/state")) {
            sendJson(exchange, 200, state(workspace, text));
        } else if (method.equals("POST") && path.equals("/api/files")) {
            upload(exchange, workspace, text);
        } else if (method.equals("DELETE") && (matcher = FILE.matcher(path)).matches()) {
            if (!workspace.remove(Integer.parseInt(matcher.group(1)))) {
                sendError(exchange, 404, text.get("error.noFile"));
                return;
            }
            sendJson(exchange, 200, state(workspace, text));
        } else if (method.equals("GET") && (matcher = LINES.matcher(path)).matches()) {
            Optional<Source> source = workspace.source(Integer.parseInt(matcher.group(1))).filter(Source::readable);
            if (source.isEmpty()) {
                sendError(exchange, 404, text.get("error.noFile"));
                return;
            }
            int line = intParameter(exchange, "line", 1);
            sendJson(exchange, 200, WebJson.lines(source.get(), line, 4));
        } else if (method.equals("POST") && path.equals("/api/build")) {
            build(exchange, workspace, text);
        } else if (method.equals("GET") && path.equals("/api/build/status")) {
            sendJson(exchange, 200, buildStatus(workspace));
        } else if (method.equals("GET") && (matcher = PAGE.matcher(path)).matches()) {
            Optional<byte[]> png = workspace.preview(Integer.parseInt(matcher.group(1)));
            if (png.isEmpty()) {
                sendError(exchange, 404, text.get("error.noPage"));
                return;
            }
            send(exchange, 200, "image/png", png.get());
        } else if (method.equals("GET") && path.startsWith("/download/")) {
            download(exchange, path.substring("/download/".length()), workspace, text);
        } else {
            sendError(exchange, 404, text.get("error.notFound"));
        }
    }

    private Workspaces.Session session(HttpExchange exchange, WebText text) throws IOException {
        String token = cookie(exchange);
        Optional<Workspace> found = workspaces.find(token);
        if (found.isPresent()) {
            return new Workspaces.Session(token, found.get(), false);
        }
        Workspaces.Session session = workspaces.create();
        if (session == null) {
            sendError(exchange, 503, text.get("error.full"));
            return null;
        }
        exchange.getResponseHeaders().add("Set-Cookie", COOKIE + "=" + session.token()
                + "; Path=/; HttpOnly; SameSite=Strict");
        return session;
    }

    private void page(HttpExchange exchange, WebText text) throws IOException {
        String html;
        try (InputStream in = resource("index.html")) {
            html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Matcher keys = Pattern.compile("\\{\\{([a-zA-Z.]+)}}").matcher(html);
        StringBuilder page = new StringBuilder();
        while (keys.find()) {
            String key = keys.group(1);
            String value = switch (key) {
                case "lang" -> text.languageTag();
                case "messages" -> json.writeValueAsString(text.all()).replace("<", "\\u003c");
                default -> escape(text.get(key));
            };
            keys.appendReplacement(page, Matcher.quoteReplacement(value));
        }
        keys.appendTail(page);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        send(exchange, 200, "text/html; charset=utf-8", page.toString().getBytes(StandardCharsets.UTF_8));
    }

    private void staticFile(HttpExchange exchange, String name) throws IOException {
        String type = STATIC.get(name);
        if (type == null) {
            sendError(exchange, 404, WebText.chinese().get("error.notFound"));
            return;
        }
        try (InputStream in = resource(name)) {
            send(exchange, 200, type, in.readAllBytes());
        }
    }

    private Map<String, Object> state(Workspace workspace, WebText text) {
        Map<String, Object> state = new LinkedHashMap<>();
        UploadLimits limits = settings.limits();
        state.put("limits", Map.of("maxFileBytes", limits.maxFileBytes(), "maxFiles", limits.maxFiles(),
                "maxTotalBytes", limits.maxTotalBytes()));
        state.put("kinds", kinds());
        state.put("forms", forms);
        Map<Integer, List<Document>> documents = workspace.markedDocuments();
        state.put("files", workspace.sources().stream()
                .map(s -> WebJson.source(s, documents.getOrDefault(s.id(), List.of()), text.said())).toList());
        workspace.build().ifPresent(build -> state.put("build", build(build)));
        return state;
    }

    /** Every kind wenshu offers with its form: the fields, options and settings of {@code forms.json}, or its defaults. */
    private List<Map<String, Object>> kinds() {
        return maker.kindNames().stream().map(name -> {
            JsonNode form = forms.path("kinds").has(name) ? forms.path("kinds").path(name) : forms.path("default");
            Map<String, Object> kind = new LinkedHashMap<>();
            kind.put("name", name);
            kind.put("form", form);
            return kind;
        }).toList();
    }

    private static Map<String, Object> build(Workspace.Build build) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", build.outputName());
        json.put("pages", build.pages());
        json.put("parts", build.parts());
        json.put("diagnostics", build.diagnostics());
        json.put("job", build.jobText());
        json.put("outline", build.outline());
        return json;
    }

    private void upload(HttpExchange exchange, Workspace workspace, WebText text) throws IOException {
        String name = parameter(exchange, "name").orElse("");
        long length = -1;
        String header = exchange.getRequestHeaders().getFirst("Content-Length");
        if (header != null) {
            try {
                length = Long.parseLong(header.strip());
            } catch (NumberFormatException e) {
                length = -1;
            }
        }
        Source source = workspace.add(name, length, exchange.getRequestBody(), wenshu, worker, text);
        Map<Integer, List<Document>> documents = workspace.markedDocuments();
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("file", WebJson.source(source, documents.getOrDefault(source.id(), List.of()), text.said()));
        answer.put("state", state(workspace, text));
        sendJson(exchange, source.readable() ? 200 : 422, answer);
    }

    private void build(HttpExchange exchange, Workspace workspace, WebText text) throws IOException {
        byte[] body = exchange.getRequestBody().readNBytes(MAX_JSON_BYTES + 1);
        if (body.length > MAX_JSON_BYTES) {
            throw new Workspace.LimitException(text.get("error.formTooLarge"));
        }
        JobForm form;
        try {
            form = json.readValue(body, JobForm.class);
        } catch (IOException e) {
            throw new WenshuException(text.get("error.badForm"));
        }
        BuildQueue.Ticket ticket = builds.enter();
        buildOf.put(workspace, ticket);
        Workspace.Build build;
        try {
            try {
                builds.await(ticket);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new WenshuException(text.get("error.stopping"));
            }
            build = workspace.build(form, maker, worker, text);
        } finally {
            builds.leave(ticket);
            buildOf.remove(workspace, ticket);
        }
        sendJson(exchange, 200, build(build));
    }

    /**
     * Where this workspace's build is: {@code {"state":"queued","ahead":N,"running":M}} while it waits
     * (N builds before it, M running), {@code {"state":"running"}}, or {@code {"state":"idle"}}.
     * Touches no lock of the workspace, which its build holds.
     */
    private Map<String, Object> buildStatus(Workspace workspace) {
        BuildQueue.Ticket ticket = buildOf.get(workspace);
        Map<String, Object> status = new LinkedHashMap<>();
        if (ticket == null) {
            status.put("state", "idle");
        } else if (ticket.running()) {
            status.put("state", "running");
        } else {
            status.put("state", "queued");
            status.put("ahead", Math.max(0, builds.ahead(ticket)));
            status.put("running", builds.runningNow());
        }
        return status;
    }

    private void download(HttpExchange exchange, String what, Workspace workspace, WebText text) throws IOException {
        Optional<Workspace.Build> found = workspace.build();
        if (found.isEmpty()) {
            sendError(exchange, 404, text.get("error.noBuild"));
            return;
        }
        Workspace.Build build = found.get();
        String name = build.outputName();
        switch (what) {
            case "report.pdf" -> attachment(exchange, name + ".pdf", "application/pdf", Files.readAllBytes(build.pdf()));
            case "report.docx" -> attachment(exchange, name + ".docx",
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document", Files.readAllBytes(build.docx()));
            case "report.zip" -> {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
                    for (Path file : List.of(build.pdf(), build.docx())) {
                        String extension = file.getFileName().toString().substring("report".length());
                        zip.putNextEntry(new ZipEntry(name + extension));
                        Files.copy(file, zip);
                        zip.closeEntry();
                    }
                }
                attachment(exchange, name + ".zip", "application/zip", bytes.toByteArray());
            }
            case "job.yaml" -> attachment(exchange, name + ".yaml", "application/yaml; charset=utf-8",
                    build.jobText().getBytes(StandardCharsets.UTF_8));
            default -> sendError(exchange, 404, text.get("error.notFound"));
        }
    }

    // ---------------------------------------------------------------------------------- checks

    /** On loopback only the loopback names may address the server (DNS rebinding); elsewhere any. */
    private boolean hostAllowed(HttpExchange exchange) {
        if (!loopback) {
            return true;
        }
        String host = exchange.getRequestHeaders().getFirst("Host");
        if (host == null) {
            return false;
        }
        String name = host.strip().toLowerCase(Locale.ROOT);
        if (name.startsWith("[")) {
            name = name.substring(0, Math.max(1, name.indexOf(']') + 1));
        } else if (name.contains(":")) {
            name = name.substring(0, name.indexOf(':'));
        }
        return name.equals("localhost") || name.equals("[::1]") || name.startsWith("127.")
                || name.equals(settings.host().toLowerCase(Locale.ROOT));
    }

    /** A changing request must not come from another site's page (its Origin, when sent, is ours). */
    private static boolean sameOrigin(HttpExchange exchange) {
        String origin = exchange.getRequestHeaders().getFirst("Origin");
        if (origin == null) {
            return true;
        }
        String host = exchange.getRequestHeaders().getFirst("Host");
        return host != null && (origin.equals("http://" + host));
    }

    private static String cookie(HttpExchange exchange) {
        for (String header : exchange.getRequestHeaders().getOrDefault("Cookie", List.of())) {
            for (String part : header.split(";")) {
                String[] pair = part.strip().split("=", 2);
                if (pair.length == 2 && pair[0].equals(COOKIE)) {
                    return pair[1];
                }
            }
        }
        return null;
    }

    private static Optional<String> parameter(HttpExchange exchange, String key) {
        String query = exchange.getRequestURI().getRawQuery();
        if (query == null) {
            return Optional.empty();
        }
        for (String part : query.split("&")) {
            String[] pair = part.split("=", 2);
            if (pair.length == 2 && pair[0].equals(key)) {
                return Optional.of(URLDecoder.decode(pair[1], StandardCharsets.UTF_8));
            }
        }
        return Optional.empty();
    }

    private static int intParameter(HttpExchange exchange, String key, int fallback) {
        try {
            return parameter(exchange, key).map(Integer::parseInt).orElse(fallback);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    // ---------------------------------------------------------------------------------- answers

    /**
     * Reads what is left of a refused upload (up to {@value #MAX_DRAIN_BYTES} bytes), so the browser,
     * still sending, receives the answer instead of a reset connection.
     */
    private static void drain(HttpExchange exchange) {
        try (InputStream body = exchange.getRequestBody()) {
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            for (int read; total < MAX_DRAIN_BYTES && (read = body.read(buffer)) > 0; ) {
                total += read;
            }
        } catch (IOException e) {
            // the browser gave up sending; the answer may still reach it
        }
    }

    private void sendError(HttpExchange exchange, int status, String message) {
        sendJsonQuietly(exchange, status, Map.of("error", message));
    }

    private void sendJsonQuietly(HttpExchange exchange, int status, Map<String, String> answer) {
        try {
            sendJson(exchange, status, answer);
        } catch (IOException | RuntimeException e) {
            // the browser has gone away; nothing left to tell it
        }
    }

    private void sendJson(HttpExchange exchange, int status, Object value) throws IOException {
        send(exchange, status, "application/json; charset=utf-8", json.writeValueAsBytes(value));
    }

    private static void attachment(HttpExchange exchange, String name, String type, byte[] body) throws IOException {
        String ascii = name.replaceAll("[^A-Za-z0-9._-]", "_");
        exchange.getResponseHeaders().set("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"));
        send(exchange, 200, type, body);
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        var headers = exchange.getResponseHeaders();
        headers.set("Content-Type", type);
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Referrer-Policy", "no-referrer");
        headers.set("Content-Security-Policy", CSP);
        if (!headers.containsKey("Cache-Control")) {
            headers.set("Cache-Control", "no-store");
        }
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private void report(Throwable e) {
        console.println("wenshu: serve: " + e);
        if (settings.debug()) {
            e.printStackTrace(console);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = WebServer.class.getResourceAsStream(name);
        if (in == null) {
            throw new UncheckedIOException(new IOException("missing resource org/wenshu/web/" + name));
        }
        return in;
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    /** How long an idle workspace is kept. */
    public Duration idleTimeout() {
        return settings.idleTimeout();
    }
}
