import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import jdk.internal.org.objectweb.asm.ClassReader;
import jdk.internal.org.objectweb.asm.ClassVisitor;
import jdk.internal.org.objectweb.asm.ClassWriter;
import jdk.internal.org.objectweb.asm.Label;
import jdk.internal.org.objectweb.asm.MethodVisitor;
import jdk.internal.org.objectweb.asm.Opcodes;

/**
 * The build step after the class-data training run (scripts/frame-old-classes): gives the class
 * files older than Java 6 (major version below 50) that the training run's class list names stack
 * map frames and the class-file version of Java 8, leaving their code as it is.
 *
 * <p>Why: Java 17's class-data archive holds such old classes, but cannot verify them when it is
 * made (their verifier is the old, type-inferring one), so every start verifies and links them
 * again, with the classes of ours that implement their interfaces. picocli is compiled for Java 5:
 * the ~140 of its classes a command line loads cost the main thread of every cold call ~10 ms of
 * CPU (docs/benchmarks.md, round 10). With frames, the archive holds them verified and linked.
 *
 * <p>What the JVM runs is the same: the instructions, constants, attributes and debug information
 * are copied as they are; ASM computes the frames (and the maximum stack and locals) from the code.
 * A class whose code has {@code jsr}/{@code ret} (not allowed from Java 7 on), whose frames cannot
 * be computed, or that then fails the JVM's verifier (each class is loaded and linked in a loader
 * of its own before it is written) is left as it was.
 *
 * <p>{@code java --add-exports java.base/jdk.internal.org.objectweb.asm=ALL-UNNAMED scripts/FrameOldClasses.java JAR CLASSLIST}
 * rewrites JAR in place and prints how many classes it changed. It uses the ASM copy inside the
 * JDK, as scripts/LibraryRewrites.java does.
 */
public final class FrameOldClasses {
    /** Java 6: from this version on a class file has stack map frames. */
    private static final int FIRST_WITH_FRAMES = 50;

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: java --add-exports java.base/jdk.internal.org.objectweb.asm=ALL-UNNAMED scripts/FrameOldClasses.java JAR CLASSLIST");
            System.exit(2);
        }
        Path jar = Path.of(args[0]);
        Path classList = Path.of(args[1]);
        Set<String> listed = listed(classList);
        Map<String, byte[]> rewritten = new LinkedHashMap<>();
        int refused = 0;
        try (ZipFile zip = new ZipFile(jar.toFile());
             URLClassLoader resolver = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader())) {
            for (String name : listed) {
                ZipEntry entry = zip.getEntry(name + ".class");
                // the JDK's own classes (xml-apis copies of java.xml's) are never loaded from the jar
                if (entry == null || ClassLoader.getPlatformClassLoader().getResource(name + ".class") != null) {
                    continue;
                }
                byte[] bytes = zip.getInputStream(entry).readAllBytes();
                if (version(bytes) >= FIRST_WITH_FRAMES) {
                    continue;
                }
                try {
                    rewritten.put(entry.getName(), framed(bytes, resolver));
                } catch (RuntimeException e) {
                    refused++;
                }
            }
        }
        refused += dropUnverifiable(jar, rewritten);
        if (!rewritten.isEmpty()) {
            // the zip file system writes a new file on close, copying the entries left alone as they are
            try (FileSystem fs = FileSystems.newFileSystem(URI.create("jar:" + jar.toUri()), Map.of())) {
                for (Map.Entry<String, byte[]> entry : rewritten.entrySet()) {
                    Files.write(fs.getPath(entry.getKey()), entry.getValue());
                }
            }
        }
        System.out.println("frame-old-classes: " + rewritten.size() + " classes given frames"
                + (refused > 0 ? " (" + refused + " left as they were)" : ""));
    }

    /** The class names (a/b/C) of the class list, in its order; lines of other kinds are skipped. */
    static Set<String> listed(Path classList) throws IOException {
        Set<String> names = new LinkedHashSet<>();
        if (!Files.isRegularFile(classList)) {
            return names;
        }
        for (String line : Files.readAllLines(classList, StandardCharsets.UTF_8)) {
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("@")) {
                continue;
            }
            int end = line.indexOf(' ');
            names.add(end < 0 ? line : line.substring(0, end));
        }
        return names;
    }

    static int version(byte[] classFile) {
        return ((classFile[6] & 0xff) << 8) | (classFile[7] & 0xff);
    }

    /**
     * {@code bytes} as a Java 8 class file with frames; {@code resolver} loads (without initialising)
     * the classes whose common superclass the frames need.
     */
    static byte[] framed(byte[] bytes, ClassLoader resolver) {
        ClassReader reader = new ClassReader(bytes);
        ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_FRAMES) {
            @Override
            protected ClassLoader getClassLoader() {
                return resolver;
            }
        };
        reader.accept(new ClassVisitor(Opcodes.ASM8, writer) {
            @Override
            public void visit(int version, int access, String name, String signature, String superName, String[] interfaces) {
                super.visit(Opcodes.V1_8, access, name, signature, superName, interfaces);
            }

            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
                return new MethodVisitor(Opcodes.ASM8, super.visitMethod(access, name, descriptor, signature, exceptions)) {
                    @Override
                    public void visitJumpInsn(int opcode, Label label) {
                        if (opcode == Opcodes.JSR) {
                            throw new IllegalStateException("jsr: a subroutine, not allowed after Java 6");
                        }
                        super.visitJumpInsn(opcode, label);
                    }

                    @Override
                    public void visitVarInsn(int opcode, int slot) {
                        if (opcode == Opcodes.RET) {
                            throw new IllegalStateException("ret: a subroutine, not allowed after Java 6");
                        }
                        super.visitVarInsn(opcode, slot);
                    }
                };
            }
        }, 0);
        return writer.toByteArray();
    }

    /**
     * Loads and links every class of {@code rewritten} (linking runs the JVM's verifier) from the
     * jar with the rewritten classes in place, in a loader of its own; removes from the map those
     * that fail and returns how many.
     */
    private static int dropUnverifiable(Path jar, Map<String, byte[]> rewritten) throws IOException {
        int dropped = 0;
        try (Overlay loader = new Overlay(jar, rewritten)) {
            for (String entry : Set.copyOf(rewritten.keySet())) {
                String name = entry.substring(0, entry.length() - ".class".length()).replace('/', '.');
                try {
                    // reflection on a class's methods links it first, without running its initialiser
                    Class.forName(name, false, loader).getDeclaredMethods();
                } catch (LinkageError | ClassNotFoundException e) {
                    rewritten.remove(entry);
                    dropped++;
                }
            }
        }
        return dropped;
    }

    /** The jar's classes, the rewritten ones in place of theirs. */
    private static final class Overlay extends URLClassLoader {
        private final Map<String, byte[]> rewritten;

        Overlay(Path jar, Map<String, byte[]> rewritten) throws IOException {
            super(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
            this.rewritten = rewritten;
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            byte[] bytes = rewritten.get(name.replace('.', '/') + ".class");
            return bytes != null ? defineClass(name, bytes, 0, bytes.length) : super.findClass(name);
        }
    }
}
