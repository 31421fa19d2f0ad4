import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import jdk.internal.org.objectweb.asm.ClassReader;
import jdk.internal.org.objectweb.asm.ClassVisitor;
import jdk.internal.org.objectweb.asm.ClassWriter;
import jdk.internal.org.objectweb.asm.FieldVisitor;
import jdk.internal.org.objectweb.asm.Label;
import jdk.internal.org.objectweb.asm.MethodVisitor;
import jdk.internal.org.objectweb.asm.Opcodes;

/**
 * The build step after the shade plugin (scripts/lazy-member-policy): makes FreeMarker's
 * {@code DefaultMemberAccessPolicy} work out its rules when it is first asked, instead of when the
 * class is initialised.
 *
 * <p>Why: every FreeMarker {@code Configuration} builds a default object wrapper, whose class
 * introspector takes the default member access policy; the policy's constructor, run by the class's
 * static initialiser, resolves the ~390 members its rules list by reflection and reads the
 * annotations of {@code Object}'s, {@code Thread}'s and {@code AccessibleObject}'s methods (four
 * proxy classes no class-data archive holds): 23-27 ms of the main thread's CPU in every cold call
 * (docs/benchmarks.md, round 10). The policy is only asked when a template meets an object that is
 * not a map, list, text, number, boolean or date, which wenshu's template data never holds, so most
 * calls never need the rules. A template that does meet such an object ({@code .locale_object},
 * say) gets the same answers as before, worked out then.
 *
 * <p>What changes in the class: the constructor's body (after {@code super()}) becomes a private
 * method, the fields it sets are no longer final, and a private synchronized method runs that body
 * once, before the two public methods that read the rules ({@code forClass},
 * {@code isToStringAlwaysExposed}; the private {@code isTypeWithWhitelistRule} is only called from
 * {@code forClass}). The step checks that the class has exactly the shape it expects (FreeMarker
 * 2.3.30 to 2.3.34 have it) and otherwise leaves it as it is, as it does on any error; it never fails
 * the build.
 *
 * <p>{@code java --add-exports java.base/jdk.internal.org.objectweb.asm=ALL-UNNAMED scripts/LazyMemberPolicy.java JAR}
 * rewrites JAR in place and says whether it changed the class.
 */
public final class LazyMemberPolicy {
    static final String CLASS = "freemarker/ext/beans/DefaultMemberAccessPolicy";
    static final String READY = "wenshu$ready";
    static final String RULES = "wenshu$rules";
    private static final Set<String> RULE_FIELDS = Set.of("whitelistRuleFinalClasses", "whitelistRuleNonFinalClasses",
            "whitelistMemberAccessPolicy", "blacklistMemberAccessPolicy", "toStringAlwaysExposed");
    /** The public methods that read the rules. */
    private static final Set<String> ASKING = Set.of("forClass(Ljava/lang/Class;)Lfreemarker/ext/beans/ClassMemberAccessPolicy;",
            "isToStringAlwaysExposed()Z");
    /** Every method the class has, the constructor and static initialiser included: any other shape is left alone. */
    private static final Set<String> METHODS = Set.of("getInstance(Lfreemarker/template/Version;)Lfreemarker/ext/beans/DefaultMemberAccessPolicy;",
            "<init>()V", "loadMemberSelectorFileLines()Ljava/util/List;", "isTypeWithWhitelistRule(Ljava/lang/Class;)Z", "<clinit>()V",
            "forClass(Ljava/lang/Class;)Lfreemarker/ext/beans/ClassMemberAccessPolicy;", "isToStringAlwaysExposed()Z");

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: java --add-exports java.base/jdk.internal.org.objectweb.asm=ALL-UNNAMED scripts/LazyMemberPolicy.java JAR");
            System.exit(2);
        }
        Path jar = Path.of(args[0]);
        byte[] original;
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            ZipEntry entry = zip.getEntry(CLASS + ".class");
            if (entry == null) {
                System.out.println("lazy-member-policy: no " + CLASS + " in " + jar);
                return;
            }
            original = zip.getInputStream(entry).readAllBytes();
        }
        byte[] lazy;
        try (URLClassLoader resolver = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader())) {
            lazy = rewrite(original, resolver);
        }
        if (lazy != null && !links(jar, lazy)) {
            System.out.println("lazy-member-policy: " + CLASS + " left as it was (the rewritten class did not pass the verifier)");
            return;
        }
        if (lazy == null) {
            System.out.println("lazy-member-policy: " + CLASS + " left as it was (not the shape this step knows, or rewritten already)");
            return;
        }
        try (FileSystem fs = FileSystems.newFileSystem(URI.create("jar:" + jar.toUri()), Map.of())) {
            Files.write(fs.getPath(CLASS + ".class"), lazy);
        }
        System.out.println("lazy-member-policy: " + CLASS + " works out its rules when first asked");
    }

    /** Whether {@code lazy}, loaded from the jar in place of the original in a loader of its own, links (the verifier runs). */
    private static boolean links(Path jar, byte[] lazy) throws IOException {
        try (URLClassLoader overlay = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader()) {
            @Override
            protected Class<?> findClass(String name) throws ClassNotFoundException {
                return name.equals(CLASS.replace('/', '.')) ? defineClass(name, lazy, 0, lazy.length) : super.findClass(name);
            }
        }) {
            // reflection on a class's methods links it first, without running its initialiser
            Class.forName(CLASS.replace('/', '.'), false, overlay).getDeclaredMethods();
            return true;
        } catch (LinkageError | ClassNotFoundException e) {
            return false;
        }
    }

    /** The class with its rules worked out on first use, or null when it is not the shape expected. */
    static byte[] rewrite(byte[] bytes, ClassLoader resolver) {
        ClassReader reader = new ClassReader(bytes);
        Shape shape = new Shape();
        reader.accept(shape, ClassReader.SKIP_CODE);
        if (!shape.expected()) {
            return null;
        }
        ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_FRAMES) {
            @Override
            protected ClassLoader getClassLoader() {
                return resolver;
            }
        };
        reader.accept(new Lazy(writer), 0);
        return writer.toByteArray();
    }

    /** What the class holds: its methods and instance fields, checked against what the rewrite expects. */
    private static final class Shape extends ClassVisitor {
        private final java.util.Set<String> methods = new java.util.HashSet<>();
        private final java.util.Set<String> fields = new java.util.HashSet<>();
        private boolean finalClass;

        Shape() {
            super(Opcodes.ASM8);
        }

        @Override
        public void visit(int version, int access, String name, String signature, String superName, String[] interfaces) {
            finalClass = name.equals(CLASS) && superName.equals("java/lang/Object") && (access & Opcodes.ACC_FINAL) != 0;
        }

        @Override
        public FieldVisitor visitField(int access, String name, String descriptor, String signature, Object value) {
            if ((access & Opcodes.ACC_STATIC) == 0) {
                fields.add(name);
            }
            return null;
        }

        @Override
        public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
            methods.add(name + descriptor);
            return null;
        }

        boolean expected() {
            return finalClass && fields.equals(RULE_FIELDS) && methods.equals(METHODS);
        }
    }

    private static final class Lazy extends ClassVisitor {
        Lazy(ClassVisitor next) {
            super(Opcodes.ASM8, next);
        }

        @Override
        public FieldVisitor visitField(int access, String name, String descriptor, String signature, Object value) {
            // set by the rules' method now, not by the constructor
            int open = RULE_FIELDS.contains(name) ? access & ~Opcodes.ACC_FINAL : access;
            return super.visitField(open, name, descriptor, signature, value);
        }

        @Override
        public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
            if (name.equals("<init>")) {
                // the constructor's body, without its super() call, as the private rules method
                return new WithoutSuperCall(super.visitMethod(Opcodes.ACC_PRIVATE, RULES, "()V", null, exceptions));
            }
            MethodVisitor method = super.visitMethod(access, name, descriptor, signature, exceptions);
            if (!ASKING.contains(name + descriptor)) {
                return method;
            }
            return new MethodVisitor(Opcodes.ASM8, method) {
                @Override
                public void visitCode() {
                    super.visitCode();
                    super.visitVarInsn(Opcodes.ALOAD, 0);
                    super.visitMethodInsn(Opcodes.INVOKESPECIAL, CLASS, READY, "()V", false);
                }
            };
        }

        @Override
        public void visitEnd() {
            super.visitField(Opcodes.ACC_PRIVATE, READY, "Z", null, null).visitEnd();
            // the constructor: super() alone
            MethodVisitor init = super.visitMethod(Opcodes.ACC_PRIVATE, "<init>", "()V", null, null);
            init.visitCode();
            init.visitVarInsn(Opcodes.ALOAD, 0);
            init.visitMethodInsn(Opcodes.INVOKESPECIAL, "java/lang/Object", "<init>", "()V", false);
            init.visitInsn(Opcodes.RETURN);
            init.visitMaxs(0, 0);
            init.visitEnd();
            // private synchronized void wenshu$ready() { if (!wenshu$ready) { wenshu$rules(); wenshu$ready = true; } }
            MethodVisitor ready = super.visitMethod(Opcodes.ACC_PRIVATE | Opcodes.ACC_SYNCHRONIZED, READY, "()V", null, null);
            ready.visitCode();
            Label done = new Label();
            ready.visitVarInsn(Opcodes.ALOAD, 0);
            ready.visitFieldInsn(Opcodes.GETFIELD, CLASS, READY, "Z");
            ready.visitJumpInsn(Opcodes.IFNE, done);
            ready.visitVarInsn(Opcodes.ALOAD, 0);
            ready.visitMethodInsn(Opcodes.INVOKESPECIAL, CLASS, RULES, "()V", false);
            ready.visitVarInsn(Opcodes.ALOAD, 0);
            ready.visitInsn(Opcodes.ICONST_1);
            ready.visitFieldInsn(Opcodes.PUTFIELD, CLASS, READY, "Z");
            ready.visitLabel(done);
            ready.visitInsn(Opcodes.RETURN);
            ready.visitMaxs(0, 0);
            ready.visitEnd();
            super.visitEnd();
        }
    }

    /**
     * Copies a constructor's code but its first two instructions, {@code aload_0} and the call of
     * {@code Object.<init>}; refuses a constructor that does not start with them.
     */
    private static final class WithoutSuperCall extends MethodVisitor {
        private int seen;

        WithoutSuperCall(MethodVisitor next) {
            super(Opcodes.ASM8, next);
        }

        @Override
        public void visitVarInsn(int opcode, int slot) {
            if (seen++ == 0) {
                if (opcode != Opcodes.ALOAD || slot != 0) {
                    throw new IllegalStateException("the constructor does not start with aload_0");
                }
                return;
            }
            super.visitVarInsn(opcode, slot);
        }

        @Override
        public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
            if (seen++ == 1) {
                if (opcode != Opcodes.INVOKESPECIAL || !owner.equals("java/lang/Object") || !name.equals("<init>")) {
                    throw new IllegalStateException("the constructor does not call Object's first");
                }
                return;
            }
            super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
        }

        @Override
        public void visitInsn(int opcode) {
            check();
            super.visitInsn(opcode);
        }

        @Override
        public void visitTypeInsn(int opcode, String type) {
            check();
            super.visitTypeInsn(opcode, type);
        }

        @Override
        public void visitFieldInsn(int opcode, String owner, String name, String descriptor) {
            check();
            super.visitFieldInsn(opcode, owner, name, descriptor);
        }

        @Override
        public void visitLdcInsn(Object value) {
            check();
            super.visitLdcInsn(value);
        }

        @Override
        public void visitJumpInsn(int opcode, Label label) {
            check();
            super.visitJumpInsn(opcode, label);
        }

        @Override
        public void visitIntInsn(int opcode, int operand) {
            check();
            super.visitIntInsn(opcode, operand);
        }

        @Override
        public void visitIincInsn(int slot, int increment) {
            check();
            super.visitIincInsn(slot, increment);
        }

        @Override
        public void visitTableSwitchInsn(int min, int max, Label dflt, Label... labels) {
            check();
            super.visitTableSwitchInsn(min, max, dflt, labels);
        }

        @Override
        public void visitLookupSwitchInsn(Label dflt, int[] keys, Label[] labels) {
            check();
            super.visitLookupSwitchInsn(dflt, keys, labels);
        }

        @Override
        public void visitMultiANewArrayInsn(String descriptor, int dimensions) {
            check();
            super.visitMultiANewArrayInsn(descriptor, dimensions);
        }

        @Override
        public void visitInvokeDynamicInsn(String name, String descriptor, jdk.internal.org.objectweb.asm.Handle bootstrap,
                                           Object... arguments) {
            check();
            super.visitInvokeDynamicInsn(name, descriptor, bootstrap, arguments);
        }

        /** Any other instruction before the super call's two: not a constructor this step knows. */
        private void check() {
            if (seen < 2) {
                throw new IllegalStateException("the constructor does not start with its super() call");
            }
            seen++;
        }
    }
}
