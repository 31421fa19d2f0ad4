import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import jdk.internal.org.objectweb.asm.ClassReader;
import jdk.internal.org.objectweb.asm.ClassVisitor;
import jdk.internal.org.objectweb.asm.ClassWriter;
import jdk.internal.org.objectweb.asm.Handle;
import jdk.internal.org.objectweb.asm.MethodVisitor;
import jdk.internal.org.objectweb.asm.Opcodes;
import jdk.internal.org.objectweb.asm.Type;

/**
 * The build step between the shade plugin and the class-data training run (scripts/inline-concat):
 * rewrites every string concatenation compiled to {@code invokedynamic} (javac's default since
 * Java 9) in the classes of the shaded jar to a call of a static method of the same class that
 * appends the same parts to a {@link StringBuilder}, the code javac writes with
 * {@code -XDstringConcat=inline} (which wenshu's own classes are compiled with).
 *
 * <p>Why: the first time a concatenation site runs, {@code StringConcatFactory} links a chain of
 * method handles for it, spinning classes at run time that Java 17's class-data archive cannot
 * hold. The libraries' sites (OpenPDF, Flying Saucer, POI) cost a cold report about 60 lambda-form
 * classes, their bytecode generation and the JIT's work on it: Jiangsu PDF + DOCX 1.25 -> 1.19 s
 * CPU (docs/benchmarks.md, round 9). The strings made are the same: each part is appended as
 * {@code String.valueOf} would write it, in the same order.
 *
 * <p>{@code java --add-exports java.base/jdk.internal.org.objectweb.asm=ALL-UNNAMED scripts/InlineConcat.java JAR}
 * rewrites JAR in place and prints how many classes and sites it changed. It uses the ASM copy
 * inside the JDK (no dependency for one build step); a class it cannot rewrite is left as it was.
 */
public final class InlineConcat {
    private static final String FACTORY = "java/lang/invoke/StringConcatFactory";
    private static final String BUILDER = "java/lang/StringBuilder";
    /** The recipe's tags (StringConcatFactory): an argument, and a constant from the bootstrap arguments. */
    private static final char ARGUMENT = '\u0001';
    private static final char CONSTANT = '\u0002';

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: java --add-exports java.base/jdk.internal.org.objectweb.asm=ALL-UNNAMED scripts/InlineConcat.java JAR");
            System.exit(2);
        }
        Path jar = Path.of(args[0]);
        Map<String, byte[]> rewritten = new LinkedHashMap<>();
        int sites = 0;
        int refused = 0;
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                if (!entry.getName().endsWith(".class")) {
                    continue;
                }
                byte[] bytes = zip.getInputStream(entry).readAllBytes();
                if (!new String(bytes, StandardCharsets.ISO_8859_1).contains(FACTORY)) {
                    continue;
                }
                try {
                    Rewrite rewrite = rewrite(bytes);
                    if (rewrite.sites() > 0) {
                        rewritten.put(entry.getName(), rewrite.bytes());
                        sites += rewrite.sites();
                    }
                } catch (RuntimeException e) {
                    refused++;
                }
            }
        }
        if (!rewritten.isEmpty()) {
            // the zip file system writes a new file on close, copying the entries left alone as they are
            try (FileSystem fs = FileSystems.newFileSystem(URI.create("jar:" + jar.toUri()), Map.of())) {
                for (Map.Entry<String, byte[]> entry : rewritten.entrySet()) {
                    Files.write(fs.getPath(entry.getKey()), entry.getValue());
                }
            }
        }
        System.out.println("inline-concat: " + sites + " concatenations in " + rewritten.size() + " classes"
                + (refused > 0 ? " (" + refused + " classes left as they were: not rewritable)" : ""));
    }

    /** A class's bytes with its concatenation sites rewritten, and how many there were. */
    record Rewrite(byte[] bytes, int sites) {
    }

    /** {@code bytes} with every {@code makeConcatWithConstants}/{@code makeConcat} site calling a helper method instead. */
    static Rewrite rewrite(byte[] bytes) {
        ClassReader reader = new ClassReader(bytes);
        ClassWriter writer = new ClassWriter(reader, ClassWriter.COMPUTE_MAXS);
        Sites sites = new Sites(writer);
        reader.accept(sites, 0);
        return new Rewrite(writer.toByteArray(), sites.count);
    }

    /** Replaces each site with a call of one static helper per distinct shape (descriptor and recipe) in the class. */
    private static final class Sites extends ClassVisitor {
        private final ClassWriter writer;
        private final Map<String, Helper> helpers = new LinkedHashMap<>();
        private String owner;
        private boolean isInterface;
        private int count;

        Sites(ClassWriter writer) {
            super(Opcodes.ASM8, writer);
            this.writer = writer;
        }

        @Override
        public void visit(int version, int access, String name, String signature, String superName, String[] interfaces) {
            owner = name;
            isInterface = (access & Opcodes.ACC_INTERFACE) != 0;
            super.visit(version, access, name, signature, superName, interfaces);
        }

        @Override
        public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
            return new MethodVisitor(Opcodes.ASM8, super.visitMethod(access, name, descriptor, signature, exceptions)) {
                @Override
                public void visitInvokeDynamicInsn(String name, String descriptor, Handle bootstrap, Object... arguments) {
                    String recipe = recipe(bootstrap, descriptor, arguments);
                    if (recipe == null) {
                        super.visitInvokeDynamicInsn(name, descriptor, bootstrap, arguments);
                        return;
                    }
                    StringBuilder key = new StringBuilder(descriptor).append('\u0000').append(recipe);
                    for (int i = 1; i < arguments.length; i++) {
                        key.append('\u0000').append(arguments[i]);
                    }
                    Helper helper = helpers.computeIfAbsent(key.toString(),
                            k -> new Helper("wenshu$concat$" + helpers.size(), descriptor, recipe, arguments));
                    count++;
                    super.visitMethodInsn(Opcodes.INVOKESTATIC, owner, helper.name(), descriptor, isInterface);
                }
            };
        }

        @Override
        public void visitEnd() {
            for (Helper helper : helpers.values()) {
                helper.writeTo(writer);
            }
            super.visitEnd();
        }
    }

    /**
     * The site's recipe ({@link #ARGUMENT} for each argument, {@link #CONSTANT} for each constant),
     * or null when the site is no string concatenation.
     */
    static String recipe(Handle bootstrap, String descriptor, Object[] arguments) {
        if (!bootstrap.getOwner().equals(FACTORY)) {
            return null;
        }
        if (bootstrap.getName().equals("makeConcatWithConstants") && arguments.length > 0 && arguments[0] instanceof String recipe) {
            return recipe;
        }
        if (bootstrap.getName().equals("makeConcat")) {
            return String.valueOf(ARGUMENT).repeat(Type.getArgumentTypes(descriptor).length);
        }
        return null;
    }

    /** One static helper: {@code new StringBuilder().append(part)...toString()}. */
    private record Helper(String name, String descriptor, String recipe, Object[] arguments) {
        void writeTo(ClassWriter writer) {
            MethodVisitor method = writer.visitMethod(Opcodes.ACC_PRIVATE | Opcodes.ACC_STATIC | Opcodes.ACC_SYNTHETIC,
                    name, descriptor, null, null);
            method.visitCode();
            method.visitTypeInsn(Opcodes.NEW, BUILDER);
            method.visitInsn(Opcodes.DUP);
            method.visitMethodInsn(Opcodes.INVOKESPECIAL, BUILDER, "<init>", "()V", false);
            Type[] types = Type.getArgumentTypes(descriptor);
            int argument = 0;
            int slot = 0;
            int constant = 1;
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < recipe.length(); i++) {
                char c = recipe.charAt(i);
                if (c == CONSTANT) {
                    text.append(arguments[constant++]);
                } else if (c == ARGUMENT) {
                    appendText(method, text);
                    Type type = types[argument++];
                    method.visitVarInsn(type.getOpcode(Opcodes.ILOAD), slot);
                    slot += type.getSize();
                    method.visitMethodInsn(Opcodes.INVOKEVIRTUAL, BUILDER, "append",
                            "(" + appended(type) + ")L" + BUILDER + ";", false);
                } else {
                    text.append(c);
                }
            }
            appendText(method, text);
            method.visitMethodInsn(Opcodes.INVOKEVIRTUAL, BUILDER, "toString", "()Ljava/lang/String;", false);
            method.visitInsn(Opcodes.ARETURN);
            method.visitMaxs(0, 0);
            method.visitEnd();
        }

        private static void appendText(MethodVisitor method, StringBuilder text) {
            if (text.length() > 0) {
                method.visitLdcInsn(text.toString());
                method.visitMethodInsn(Opcodes.INVOKEVIRTUAL, BUILDER, "append", "(Ljava/lang/String;)L" + BUILDER + ";", false);
                text.setLength(0);
            }
        }

        /**
         * The {@code append} overload that writes {@code type} as the concatenation does: byte and short
         * as numbers, every reference but String (a {@code char[]} too) through {@code String.valueOf(Object)}.
         */
        private static String appended(Type type) {
            switch (type.getSort()) {
                case Type.BOOLEAN:
                    return "Z";
                case Type.CHAR:
                    return "C";
                case Type.BYTE:
                case Type.SHORT:
                case Type.INT:
                    return "I";
                case Type.LONG:
                    return "J";
                case Type.FLOAT:
                    return "F";
                case Type.DOUBLE:
                    return "D";
                default:
                    return type.getDescriptor().equals("Ljava/lang/String;") ? "Ljava/lang/String;" : "Ljava/lang/Object;";
            }
        }
    }
}
