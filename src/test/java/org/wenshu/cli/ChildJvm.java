package org.wenshu.cli;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/**
 * Runs the command line in a separate JVM, for tests whose input would exhaust or endanger the test
 * JVM (a small heap, a signal): the same classes, a heap of the test's choosing.
 */
final class ChildJvm {
    record Result(int exit, String out, String err) {}

    private ChildJvm() {}

    static Process start(Path workDir, String heap, List<String> args) throws IOException {
        return start(workDir, heap, List.of(), args);
    }

    /** As {@link #start(Path, String, List)}, with extra JVM options ({@code -Dkey=value}) before the class. */
    static Process start(Path workDir, String heap, List<String> jvmOptions, List<String> args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap, "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path")));
        command.addAll(jvmOptions);
        command.add(Main.class.getName());
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).directory(Path.of("").toAbsolutePath().toFile());
        builder.redirectOutput(workDir.resolve("child.out").toFile());
        builder.redirectError(workDir.resolve("child.err").toFile());
        return builder.start();
    }

    static Result run(Path workDir, String heap, String... args) throws Exception {
        Process process = start(workDir, heap, List.of(args));
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("the child JVM did not finish");
        }
        return new Result(process.exitValue(), Files.readString(workDir.resolve("child.out"), StandardCharsets.UTF_8),
                Files.readString(workDir.resolve("child.err"), StandardCharsets.UTF_8));
    }

    /** A jar that runs org.wenshu.cli.Main from the classes and dependencies the tests run with. */
    static void writeLauncherJar(Path jar) throws Exception {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.put(Attributes.Name.MAIN_CLASS, "org.wenshu.cli.Main");
        List<String> urls = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            urls.add(Path.of(entry).toAbsolutePath().toUri().toString());
        }
        main.put(Attributes.Name.CLASS_PATH, String.join(" ", urls));
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream ignored = new JarOutputStream(out, manifest)) {
            // the manifest is the whole jar
        }
    }
}
