package org.wenshu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The build step {@code scripts/frame-old-classes} (scripts/FrameOldClasses.java) gives the class
 * files older than Java 6 that the training run's class list names stack map frames. It is run, as
 * the build runs it, on a copy of picocli's own jar (compiled for Java 5) with a class list naming
 * some of its classes: those become Java 8 class files that the JVM's verifier accepts, the ones
 * the list does not name stay as they were, and wenshu's command line run on the rewritten picocli
 * prints and exits exactly as on the original.
 */
class FrameOldClassesTest {
    private static final List<String> LISTED = List.of("picocli/CommandLine", "picocli/CommandLine$Model$CommandSpec",
            "picocli/CommandLine$Model$OptionSpec", "picocli/CommandLine$Interpreter", "picocli/CommandLine$Help",
            "picocli/CommandLine$Model$UsageMessageSpec", "picocli/CommandLine$Help$Ansi$Text");
    private static final String UNLISTED = "picocli/AutoComplete";

    @TempDir
    static Path work;
    private static Path original;
    private static Path framed;

    @BeforeAll
    static void runTheStep() throws Exception {
        original = Path.of(CommandLine.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        assertThat(version(original, "picocli/CommandLine")).as("picocli is compiled for Java 5").isLessThan(50);
        framed = work.resolve("picocli.jar");
        Files.copy(original, framed);
        Path list = work.resolve("wenshu.classlist");
        List<String> lines = new ArrayList<>(List.of("# NOTE: a class list as -XX:DumpLoadedClassList writes it", "java/lang/Object id: 0"));
        for (int i = 0; i < LISTED.size(); i++) {
            lines.add(LISTED.get(i) + " id: " + (i + 1));
        }
        lines.add("@lambda-proxy picocli/CommandLine run ()Ljava/lang/Runnable; ()V 6 x ()V ()V");
        Files.write(list, lines, StandardCharsets.UTF_8);
        Process step = new ProcessBuilder("bash", "scripts/frame-old-classes", framed.toString(), list.toString())
                .redirectErrorStream(true).start();
        String said = new String(step.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(step.waitFor()).isZero();
        assertThat(said).as("the step is quiet when it works").isEmpty();
    }

    @Test
    void theListedOldClassesBecomeJava8ClassFilesTheVerifierAccepts() throws Exception {
        for (String name : LISTED) {
            assertThat(version(framed, name)).as(name).isEqualTo(52);
        }
        assertThat(version(framed, UNLISTED)).as("a class the list does not name").isEqualTo(version(original, UNLISTED));
        // loading a class in a loader of its own and reflecting on its methods links it: the verifier runs
        try (URLClassLoader loader = new URLClassLoader(new URL[] {framed.toUri().toURL()}, ClassLoader.getPlatformClassLoader())) {
            for (String name : LISTED) {
                Class<?> loaded = Class.forName(name.replace('/', '.'), false, loader);
                assertThat(loaded.getClassLoader()).isSameAs(loader);
                assertThat(Arrays.stream(loaded.getDeclaredMethods()).map(Method::getName)).isNotEmpty();
            }
        }
    }

    @Test
    void theCommandLineSaysAndExitsTheSameOnTheRewrittenPicocli() throws Exception {
        for (List<String> args : List.of(List.of("render", "--help"), List.of("render", "--to", "pdf"), List.of("check", "--format", "xml", "x.txt"))) {
            assertThat(run(framed, args)).as(String.join(" ", args)).isEqualTo(run(original, args));
        }
    }

    /** Exit code, standard output and standard error of wenshu's command line with {@code picocli} as picocli's jar. */
    private static String run(Path picocli, List<String> args) throws IOException, InterruptedException {
        List<String> classPath = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            classPath.add(Path.of(entry).toAbsolutePath().equals(original.toAbsolutePath()) ? picocli.toString() : entry);
        }
        assertThat(classPath).contains(picocli.toString());
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-cp", String.join(File.pathSeparator, classPath), Main.class.getName()));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile());
        builder.environment().put("WENSHU_LOCALE", "zh_CN.UTF-8");
        Path out = work.resolve("out.txt");
        Path err = work.resolve("err.txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        int status = process.waitFor();
        return status + "\n" + Files.readString(out) + "\n---\n" + Files.readString(err);
    }

    private static int version(Path jar, String name) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            ZipEntry entry = zip.getEntry(name + ".class");
            try (InputStream in = zip.getInputStream(entry)) {
                byte[] head = in.readNBytes(8);
                return ((head[6] & 0xff) << 8) | (head[7] & 0xff);
            }
        }
    }
}
