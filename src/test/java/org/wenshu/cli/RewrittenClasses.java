package org.wenshu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;
import org.wenshu.Wenshu;

/**
 * Library classes as the build step {@code scripts/rewrite-libraries} leaves them: the real class
 * files, taken from the test class path, put in a jar that the step rewrites as the build runs it
 * (quietly, exit 0). {@link #original()} loads the libraries as they are, {@link #rewritten()} the
 * same with the jar's classes before theirs and wenshu's own classes beside them (which the
 * rewritten code may call); both from the platform loader, so that each library class is loaded
 * once per loader and package-private access holds.
 */
record RewrittenClasses(Path jar, ClassLoader original, ClassLoader rewritten) {

    /** {@code classNames} (binary names) rewritten, beside the jars or folders holding {@code libraries}. */
    static RewrittenClasses of(List<String> classNames, Class<?>... libraries) {
        try {
            Path jar = Files.createTempDirectory("rewrite-libraries").resolve("classes.jar");
            try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
                for (String name : classNames) {
                    String entry = name.replace('.', '/') + ".class";
                    try (InputStream in = RewrittenClasses.class.getClassLoader().getResourceAsStream(entry)) {
                        assertThat(in).as(entry).isNotNull();
                        out.putNextEntry(new JarEntry(entry));
                        out.write(in.readAllBytes());
                        out.closeEntry();
                    }
                }
            }
            rewrite(jar);
            URL[] originals = Arrays.stream(libraries).map(RewrittenClasses::location).distinct().toArray(URL[]::new);
            // wenshu's own classes (where the rewritten code calls AsciiFormat, CffReads) after the libraries
            URL[] rewritten = Stream.of(Stream.of(jar.toUri().toURL()), Arrays.stream(originals), Stream.of(location(Wenshu.class)))
                    .flatMap(urls -> urls).toArray(URL[]::new);
            ClassLoader platform = ClassLoader.getPlatformClassLoader();
            return new RewrittenClasses(jar, new URLClassLoader(originals, platform), new URLClassLoader(rewritten, platform));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs the build step on {@code jar} in place, as the build runs it: quiet, exit 0, the jar changed. */
    static void rewrite(Path jar) {
        try {
            byte[] before = Files.readAllBytes(jar);
            Process step = new ProcessBuilder("bash", "scripts/rewrite-libraries", jar.toString()).redirectErrorStream(true).start();
            String said = new String(step.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(step.waitFor()).isZero();
            assertThat(said).as("the step is quiet when it works").isEmpty();
            assertThat(Files.readAllBytes(jar)).as("the step changed the classes").isNotEqualTo(before);
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The code of the rewritten {@code className}, as {@code javap -c -p} writes it. */
    String code(String className) {
        StringWriter out = new StringWriter();
        int status = ToolProvider.findFirst("javap").orElseThrow()
                .run(new PrintWriter(out), new PrintWriter(out), "-c", "-p", "-cp", jar.toString(), className);
        assertThat(status).as(out.toString()).isZero();
        return out.toString();
    }

    /** The code of {@code method} (its header as javap writes it, or a start of it) in the rewritten {@code className}. */
    String code(String className, String method) {
        String code = code(className);
        int start = code.indexOf(method);
        assertThat(start).as(method).isNotNegative();
        int end = code.indexOf("\n\n", start);
        return code.substring(start, end < 0 ? code.length() : end);
    }

    private static URL location(Class<?> type) {
        return type.getProtectionDomain().getCodeSource().getLocation();
    }
}
