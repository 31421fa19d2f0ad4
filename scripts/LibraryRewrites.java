import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * The build step between the shade plugin and the class-data training run
 * (scripts/rewrite-libraries): rewrites classes of the libraries in the shaded jar where what they
 * do costs a cold start and nothing of what wenshu makes. Each rewrite is one {@link Rule}, listed
 * in {@link #RULES}; a class is read once and passed through every rule that wants it.
 *
 * <p>{@code java --add-exports java.base/jdk.internal.org.objectweb.asm=ALL-UNNAMED scripts/LibraryRewrites.java JAR}
 * rewrites JAR in place and prints how many classes and places each rule changed. It uses the ASM
 * copy inside the JDK (no dependency for one build step); a class that cannot be rewritten is left
 * as it was. Each rule has a test that runs this step on the classes it rewrites.
 */
public final class LibraryRewrites {
    /** The rewrites, in the order a class passes through them. */
    static final List<Rule> RULES = List.of(new InlineConcat(), new NoOpenPdfCreationDate(), new FormatsWithoutFormatter(),
            new CffBulkReads(), new LazyMemberPolicy());

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: java --add-exports java.base/jdk.internal.org.objectweb.asm=ALL-UNNAMED scripts/LibraryRewrites.java JAR");
            System.exit(2);
        }
        Path jar = Path.of(args[0]);
        Map<String, byte[]> rewritten = new LinkedHashMap<>();
        Map<Rule, int[]> counts = new LinkedHashMap<>();
        RULES.forEach(rule -> counts.put(rule, new int[2]));
        int refused = 0;
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                if (!entry.getName().endsWith(".class")) {
                    continue;
                }
                byte[] bytes = zip.getInputStream(entry).readAllBytes();
                String constants = new String(bytes, StandardCharsets.ISO_8859_1);
                List<Rule> rules = RULES.stream().filter(rule -> rule.wants(entry.getName(), constants)).toList();
                if (rules.isEmpty()) {
                    continue;
                }
                try {
                    ClassReader reader = new ClassReader(bytes);
                    ClassWriter writer = new ClassWriter(reader, ClassWriter.COMPUTE_MAXS);
                    List<Changes> changes = new ArrayList<>();
                    ClassVisitor chain = writer;
                    for (int i = rules.size() - 1; i >= 0; i--) {
                        Changes rule = rules.get(i).visitor(chain);
                        changes.add(0, rule);
                        chain = rule;
                    }
                    reader.accept(chain, 0);
                    byte[] result = writer.toByteArray();
                    int changed = 0;
                    for (int i = 0; i < rules.size(); i++) {
                        int places = changes.get(i).changed;
                        if (places > 0) {
                            counts.get(rules.get(i))[0]++;
                            counts.get(rules.get(i))[1] += places;
                            changed += places;
                        }
                    }
                    if (changed > 0) {
                        rewritten.put(entry.getName(), result);
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
        StringBuilder said = new StringBuilder("rewrite-libraries:");
        counts.forEach((rule, count) -> said.append(' ').append(rule.name()).append(' ').append(count[1])
                .append(" in ").append(count[0]).append(count[0] == 1 ? " class;" : " classes;"));
        System.out.println(said + (refused > 0 ? " " + refused + " classes left as they were (not rewritable)" : ""));
    }

    /** One rewrite of library classes. */
    interface Rule {
        /** Its name in the step's summary. */
        String name();

        /** Whether it may change the class in {@code entry}, whose bytes (as Latin-1) are {@code constants}: a cheap look. */
        boolean wants(String entry, String constants);

        /** A visitor passing the class on to {@code next}, rewritten. */
        Changes visitor(ClassVisitor next);
    }

    /** A rule's visitor, counting the places it changed in one class. */
    abstract static class Changes extends ClassVisitor {
        int changed;

        Changes(ClassVisitor next) {
            super(Opcodes.ASM8, next);
        }
    }

    /**
     * A rule's visitor that replaces calls inside chosen methods of the class: each call in a method
     * {@link #inMethod} accepts is offered to {@link #replace}, which writes what stands for it, or
     * declines and the call stays.
     */
    abstract static class CallSites extends Changes {
        private String owner;

        CallSites(ClassVisitor next) {
            super(next);
        }

        /** Whether the calls in method {@code name}{@code descriptor} of class {@code owner} are looked at. */
        abstract boolean inMethod(String owner, String name, String descriptor);

        /** Writes to {@code method} what replaces the call and returns true, or returns false to keep it. */
        abstract boolean replace(MethodVisitor method, int opcode, String called, String calledName, String calledDescriptor);

        @Override
        public void visit(int version, int access, String name, String signature, String superName, String[] interfaces) {
            owner = name;
            super.visit(version, access, name, signature, superName, interfaces);
        }

        @Override
        public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
            MethodVisitor method = super.visitMethod(access, name, descriptor, signature, exceptions);
            if (method == null || !inMethod(owner, name, descriptor)) {
                return method;
            }
            return new MethodVisitor(Opcodes.ASM8, method) {
                @Override
                public void visitMethodInsn(int opcode, String called, String calledName, String calledDescriptor, boolean isInterface) {
                    if (replace(method, opcode, called, calledName, calledDescriptor)) {
                        changed++;
                        return;
                    }
                    super.visitMethodInsn(opcode, called, calledName, calledDescriptor, isInterface);
                }
            };
        }
    }

    /**
     * OpenPDF's {@code PdfDocument} stamps its creation date when it is made:
     * {@code Document.addCreationDate()} formats the time with
     * {@code SimpleDateFormat("EEE MMM dd HH:mm:ss zzz yyyy")} for a {@code Meta} whose text
     * {@code PdfDocument.add} throws away, and puts {@code new PdfDate()} in the document's
     * information. The format's calendar asks every locale provider whether it supports the default
     * locale and its {@code zzz} loads the time-zone names: ~40 classes and tens of milliseconds of
     * a cold start with the JIT's share. wenshu's only {@code PdfDocument} is the one Flying Saucer
     * makes for {@code PdfRenderer}, whose listener writes the creation and modification dates when
     * the document closes (SOURCE_DATE_EPOCH or the time of the run), replacing OpenPDF's; so the
     * call is taken out of the constructor, which still sets what {@code add} would have set besides
     * the date ({@code lastElementType}). A PDF made otherwise with the rewritten class has no
     * creation date unless its maker sets one (the PDF format does not require it).
     */
    static final class NoOpenPdfCreationDate implements Rule {
        private static final String DOCUMENT = "com/lowagie/text/pdf/PdfDocument";
        /** {@code com.lowagie.text.Element.CREATIONDATE}, the type of the Meta that add would have seen last. */
        private static final int CREATION_DATE = 6;

        @Override
        public String name() {
            return "openpdf-creation-date";
        }

        @Override
        public boolean wants(String entry, String constants) {
            return entry.equals(DOCUMENT + ".class");
        }

        @Override
        public Changes visitor(ClassVisitor next) {
            return new CallSites(next) {
                @Override
                boolean inMethod(String owner, String name, String descriptor) {
                    return name.equals("<init>");
                }

                @Override
                boolean replace(MethodVisitor method, int opcode, String called, String calledName, String calledDescriptor) {
                    if (opcode != Opcodes.INVOKEVIRTUAL || !called.equals(DOCUMENT) || !calledName.equals("addCreationDate")
                            || !calledDescriptor.equals("()Z")) {
                        return false;
                    }
                    // this.lastElementType = CREATIONDATE; true (the call's result)
                    method.visitIntInsn(Opcodes.BIPUSH, CREATION_DATE);
                    method.visitFieldInsn(Opcodes.PUTFIELD, DOCUMENT, "lastElementType", "I");
                    method.visitInsn(Opcodes.ICONST_1);
                    return true;
                }
            };
        }
    }

    /**
     * {@code String.format} in the library methods every PDF goes through: OpenPDF writes each
     * line of the cross-reference table with {@code String.format("%010d %05d %c \n", ...)}, Flying
     * Saucer makes the key of each font lookup with {@code String.format("%s-%s-%s", ...)}, writes
     * each colour it parses with {@code String.format("%02x", ...)} a component, and its
     * {@code Configuration}, finding no {@code ~/.flyingsaucer/local.xhtmlrenderer.conf}, formats a
     * warning (that no logger prints) with {@code "...'%s' (caused by: %s)".formatted(...)}. Each
     * call makes a new {@code Formatter}, which parses the pattern and looks up the default locale's
     * decimal symbols: the only Formatter work of a cold render. The calls go to wenshu's
     * {@code org.wenshu.render.pdf.AsciiFormat} instead (the same stack: pattern, arguments), which
     * writes the same text for such patterns (and leaves any other to String.format) with ASCII
     * digits, which a cross-reference table needs (OpenPDF under a locale with other digits wrote a
     * table no reader could use).
     */
    static final class FormatsWithoutFormatter implements Rule {
        private static final String FORMAT = "(Ljava/lang/String;[Ljava/lang/Object;)Ljava/lang/String;";
        private static final String FORMATTED = "([Ljava/lang/Object;)Ljava/lang/String;";
        private static final String ASCII_FORMAT = "org/wenshu/render/pdf/AsciiFormat";
        /** The methods whose String.format calls are redirected, by class: name and descriptor. */
        private static final Map<String, Set<String>> METHODS = Map.of(
                "com/lowagie/text/pdf/PdfWriter$PdfBody$PdfCrossReference", Set.of("toPdf(Ljava/io/OutputStream;)V"),
                "org/xhtmlrenderer/pdf/ITextFontResolver", Set.of(
                        "resolveFont(Ljava/lang/String;FLorg/xhtmlrenderer/css/constants/IdentValue;Lorg/xhtmlrenderer/css/constants/IdentValue;)"
                                + "Lorg/xhtmlrenderer/render/FSFont;"),
                "org/xhtmlrenderer/util/Configuration", Set.of("loadOverrideProperties(Ljava/lang/String;)V"),
                "org/xhtmlrenderer/css/parser/FSRGBColor", Set.of("toString(I)Ljava/lang/String;"));

        @Override
        public String name() {
            return "formats-without-formatter";
        }

        @Override
        public boolean wants(String entry, String constants) {
            return entry.endsWith(".class") && METHODS.containsKey(entry.substring(0, entry.length() - ".class".length()));
        }

        @Override
        public Changes visitor(ClassVisitor next) {
            return new CallSites(next) {
                @Override
                boolean inMethod(String owner, String name, String descriptor) {
                    return METHODS.get(owner).contains(name + descriptor);
                }

                @Override
                boolean replace(MethodVisitor method, int opcode, String called, String calledName, String calledDescriptor) {
                    // String.format(pattern, arguments), or pattern.formatted(arguments): the same stack
                    if (!called.equals("java/lang/String")
                            || !(opcode == Opcodes.INVOKESTATIC && calledName.equals("format") && calledDescriptor.equals(FORMAT)
                            || opcode == Opcodes.INVOKEVIRTUAL && calledName.equals("formatted") && calledDescriptor.equals(FORMATTED))) {
                        return false;
                    }
                    method.visitMethodInsn(Opcodes.INVOKESTATIC, ASCII_FORMAT, "format", FORMAT, false);
                    return true;
                }
            };
        }
    }

    /**
     * OpenPDF's CFF subsetter reads a byte at a time: {@code CFFFont.getIndex} reads the offsets of
     * an INDEX (for a CJK face's CharStrings, 65,535 glyphs of up to four bytes, and it does so twice
     * a subset) and {@code CFFFont.RangeItem.emit} copies each range of the new font (the
     * subroutines whole), each byte through three method calls, most of them run before the JIT has
     * compiled them: ~4% of a cold render's document thread. Both methods' bodies become a call of
     * wenshu's {@code org.wenshu.render.pdf.CffReads}, which reads the same bytes in bulk
     * ({@code readFully}) and leaves the buffer at the same position.
     */
    static final class CffBulkReads implements Rule {
        private static final String FONT = "com/lowagie/text/pdf/CFFFont";
        private static final String RANGE = "com/lowagie/text/pdf/CFFFont$RangeItem";
        private static final String BUFFER = "Lcom/lowagie/text/pdf/RandomAccessFileOrArray;";
        private static final String READS = "org/wenshu/render/pdf/CffReads";

        @Override
        public String name() {
            return "cff-bulk-reads";
        }

        @Override
        public boolean wants(String entry, String constants) {
            return entry.equals(FONT + ".class") || entry.equals(RANGE + ".class");
        }

        @Override
        public Changes visitor(ClassVisitor next) {
            return new Changes(next) {
                private String owner;

                @Override
                public void visit(int version, int access, String name, String signature, String superName, String[] interfaces) {
                    owner = name;
                    super.visit(version, access, name, signature, superName, interfaces);
                }

                @Override
                public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
                    MethodVisitor method = super.visitMethod(access, name, descriptor, signature, exceptions);
                    if (owner.equals(FONT) && name.equals("getIndex") && descriptor.equals("(I)[I")) {
                        // return CffReads.index(this.buf, offset);
                        method.visitCode();
                        method.visitVarInsn(Opcodes.ALOAD, 0);
                        method.visitFieldInsn(Opcodes.GETFIELD, FONT, "buf", BUFFER);
                        method.visitVarInsn(Opcodes.ILOAD, 1);
                        method.visitMethodInsn(Opcodes.INVOKESTATIC, READS, "index", "(" + BUFFER + "I)[I", false);
                        method.visitInsn(Opcodes.ARETURN);
                    } else if (owner.equals(RANGE) && name.equals("emit") && descriptor.equals("([B)V")) {
                        // CffReads.copy(this.buf, this.offset, buffer, this.myOffset, this.length);
                        method.visitCode();
                        method.visitVarInsn(Opcodes.ALOAD, 0);
                        method.visitFieldInsn(Opcodes.GETFIELD, RANGE, "buf", BUFFER);
                        method.visitVarInsn(Opcodes.ALOAD, 0);
                        method.visitFieldInsn(Opcodes.GETFIELD, RANGE, "offset", "I");
                        method.visitVarInsn(Opcodes.ALOAD, 1);
                        method.visitVarInsn(Opcodes.ALOAD, 0);
                        method.visitFieldInsn(Opcodes.GETFIELD, RANGE, "myOffset", "I");
                        method.visitVarInsn(Opcodes.ALOAD, 0);
                        method.visitFieldInsn(Opcodes.GETFIELD, RANGE, "length", "I");
                        method.visitMethodInsn(Opcodes.INVOKESTATIC, READS, "copy", "(" + BUFFER + "I[BII)V", false);
                        method.visitInsn(Opcodes.RETURN);
                    } else {
                        return method;
                    }
                    method.visitMaxs(0, 0);
                    method.visitEnd();
                    changed++;
                    return null; // the original body is not read
                }
            };
        }
    }

    /**
     * FreeMarker's {@code DefaultMemberAccessPolicy} works out its rules when it is first asked,
     * instead of when the class is initialised.
     *
     * <p>Why: every FreeMarker {@code Configuration} builds a default object wrapper (its
     * {@code Configurable} constructor does, whatever wrapper is set afterwards), whose class
     * introspector takes the default member access policy; the policy's constructor, run by the
     * class's static initialiser, resolves the ~390 members its rules list by reflection and reads the
     * annotations of {@code Object}'s, {@code Thread}'s and {@code AccessibleObject}'s methods (four
     * proxy classes no class-data archive holds): 23-27 ms of the main thread's CPU in every cold call
     * (docs/benchmarks.md, round 10). The policy is only asked when a template meets an object that
     * is not a map, list, text, number, boolean or date, which wenshu's template data never holds, so
     * most calls never need the rules. A template that does meet such an object
     * ({@code .locale_object}, say) gets the same answers as before, worked out then.
     *
     * <p>What changes in the class: the constructor's body (after {@code super()}) becomes a private
     * method, the fields it sets are no longer final, and a private synchronized method runs that body
     * once, before the two public methods that read the rules ({@code forClass},
     * {@code isToStringAlwaysExposed}; the private {@code isTypeWithWhitelistRule} is only called from
     * {@code forClass}). A class of any other shape than FreeMarker 2.3.30-2.3.34's (fields, methods, a
     * constructor starting with {@code super()}) is refused and left as it was.
     */
    static final class LazyMemberPolicy implements Rule {
        static final String POLICY = "freemarker/ext/beans/DefaultMemberAccessPolicy";
        static final String READY = "wenshu$ready";
        static final String RULES_METHOD = "wenshu$rules";
        private static final java.util.Set<String> RULE_FIELDS = java.util.Set.of("whitelistRuleFinalClasses",
                "whitelistRuleNonFinalClasses", "whitelistMemberAccessPolicy", "blacklistMemberAccessPolicy", "toStringAlwaysExposed");
        /** The public methods that read the rules. */
        private static final java.util.Set<String> ASKING = java.util.Set.of(
                "forClass(Ljava/lang/Class;)Lfreemarker/ext/beans/ClassMemberAccessPolicy;", "isToStringAlwaysExposed()Z");
        /** Every method the class has: any other shape is refused. */
        private static final java.util.Set<String> METHODS = java.util.Set.of(
                "getInstance(Lfreemarker/template/Version;)Lfreemarker/ext/beans/DefaultMemberAccessPolicy;", "<init>()V",
                "loadMemberSelectorFileLines()Ljava/util/List;", "isTypeWithWhitelistRule(Ljava/lang/Class;)Z", "<clinit>()V",
                "forClass(Ljava/lang/Class;)Lfreemarker/ext/beans/ClassMemberAccessPolicy;", "isToStringAlwaysExposed()Z");

        @Override
        public String name() {
            return "lazy-member-policy";
        }

        @Override
        public boolean wants(String entry, String constants) {
            return entry.equals(POLICY + ".class");
        }

        @Override
        public Changes visitor(ClassVisitor next) {
            return new Changes(next) {
                private final java.util.Set<String> fields = new java.util.HashSet<>();
                private final java.util.Set<String> methods = new java.util.HashSet<>();

                @Override
                public void visit(int version, int access, String name, String signature, String superName, String[] interfaces) {
                    if (!name.equals(POLICY) || !superName.equals("java/lang/Object") || (access & Opcodes.ACC_FINAL) == 0) {
                        throw new IllegalStateException("not the class this rule knows");
                    }
                    super.visit(version, access, name, signature, superName, interfaces);
                }

                @Override
                public jdk.internal.org.objectweb.asm.FieldVisitor visitField(int access, String name, String descriptor,
                                                                              String signature, Object value) {
                    if ((access & Opcodes.ACC_STATIC) == 0) {
                        fields.add(name);
                    }
                    // set by the rules' method now, not by the constructor
                    int open = RULE_FIELDS.contains(name) ? access & ~Opcodes.ACC_FINAL : access;
                    return super.visitField(open, name, descriptor, signature, value);
                }

                @Override
                public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
                    if (!METHODS.contains(name + descriptor) || !fields.equals(RULE_FIELDS)) {
                        throw new IllegalStateException("not the shape this rule knows: " + name + descriptor);
                    }
                    methods.add(name + descriptor);
                    if (name.equals("<init>")) {
                        // the constructor's body, without its super() call, as the private rules method
                        return new WithoutSuperCall(super.visitMethod(Opcodes.ACC_PRIVATE, RULES_METHOD, "()V", null, exceptions));
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
                            super.visitMethodInsn(Opcodes.INVOKESPECIAL, POLICY, READY, "()V", false);
                        }
                    };
                }

                @Override
                public void visitEnd() {
                    if (!methods.equals(METHODS)) {
                        throw new IllegalStateException("not the shape this rule knows: " + methods);
                    }
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
                    jdk.internal.org.objectweb.asm.Label done = new jdk.internal.org.objectweb.asm.Label();
                    ready.visitVarInsn(Opcodes.ALOAD, 0);
                    ready.visitFieldInsn(Opcodes.GETFIELD, POLICY, READY, "Z");
                    ready.visitJumpInsn(Opcodes.IFNE, done);
                    ready.visitVarInsn(Opcodes.ALOAD, 0);
                    ready.visitMethodInsn(Opcodes.INVOKESPECIAL, POLICY, RULES_METHOD, "()V", false);
                    ready.visitVarInsn(Opcodes.ALOAD, 0);
                    ready.visitInsn(Opcodes.ICONST_1);
                    ready.visitFieldInsn(Opcodes.PUTFIELD, POLICY, READY, "Z");
                    ready.visitLabel(done);
                    ready.visitFrame(Opcodes.F_SAME, 0, null, 0, null);
                    ready.visitInsn(Opcodes.RETURN);
                    ready.visitMaxs(0, 0);
                    ready.visitEnd();
                    changed++;
                    super.visitEnd();
                }
            };
        }

        /**
         * Copies a constructor's code but its first two instructions, {@code aload_0} and the call of
         * {@code Object.<init>}; refuses a constructor that does not start with them. The frames after
         * them hold {@code this} initialised, as an instance method's do.
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
            public void visitFrame(int type, int locals, Object[] local, int stack, Object[] stackTypes) {
                check();
                super.visitFrame(type, locals, local, stack, stackTypes);
            }

            @Override
            public void visitInsn(int opcode) {
                check();
                super.visitInsn(opcode);
            }

            @Override
            public void visitIntInsn(int opcode, int operand) {
                check();
                super.visitIntInsn(opcode, operand);
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
            public void visitInvokeDynamicInsn(String name, String descriptor, Handle bootstrap, Object... arguments) {
                check();
                super.visitInvokeDynamicInsn(name, descriptor, bootstrap, arguments);
            }

            @Override
            public void visitJumpInsn(int opcode, jdk.internal.org.objectweb.asm.Label label) {
                check();
                super.visitJumpInsn(opcode, label);
            }

            @Override
            public void visitLdcInsn(Object value) {
                check();
                super.visitLdcInsn(value);
            }

            @Override
            public void visitIincInsn(int slot, int increment) {
                check();
                super.visitIincInsn(slot, increment);
            }

            @Override
            public void visitTableSwitchInsn(int min, int max, jdk.internal.org.objectweb.asm.Label dflt,
                                             jdk.internal.org.objectweb.asm.Label... labels) {
                check();
                super.visitTableSwitchInsn(min, max, dflt, labels);
            }

            @Override
            public void visitLookupSwitchInsn(jdk.internal.org.objectweb.asm.Label dflt, int[] keys,
                                              jdk.internal.org.objectweb.asm.Label[] labels) {
                check();
                super.visitLookupSwitchInsn(dflt, keys, labels);
            }

            @Override
            public void visitMultiANewArrayInsn(String descriptor, int dimensions) {
                check();
                super.visitMultiANewArrayInsn(descriptor, dimensions);
            }

            /** Any other instruction or frame before the super call's two: not a constructor this rule knows. */
            private void check() {
                if (seen < 2) {
                    throw new IllegalStateException("the constructor does not start with its super() call");
                }
                seen++;
            }
        }
    }

    /**
     * Every string concatenation compiled to {@code invokedynamic} (javac's default since Java 9)
     * becomes a call of a static method of the same class that appends the same parts to a
     * {@link StringBuilder}, the code javac writes with {@code -XDstringConcat=inline} (which
     * wenshu's own classes are compiled with).
     *
     * <p>Why: the first time a concatenation site runs, {@code StringConcatFactory} links a chain of
     * method handles for it, spinning classes at run time that Java 17's class-data archive cannot
     * hold. The libraries' sites (OpenPDF, Flying Saucer, POI) cost a cold report about 60
     * lambda-form classes, their bytecode generation and the JIT's work on it: Jiangsu PDF + DOCX
     * 1.25 -> 1.19 s CPU (docs/benchmarks.md, round 9). The strings made are the same: each part is
     * appended as {@code String.valueOf} would write it, in the same order.
     */
    static final class InlineConcat implements Rule {
        private static final String FACTORY = "java/lang/invoke/StringConcatFactory";
        private static final String BUILDER = "java/lang/StringBuilder";
        /** The recipe's tags (StringConcatFactory): an argument, and a constant from the bootstrap arguments. */
        private static final char ARGUMENT = '\u0001';
        private static final char CONSTANT = '\u0002';

        @Override
        public String name() {
            return "inline-concat";
        }

        @Override
        public boolean wants(String entry, String constants) {
            return constants.contains(FACTORY);
        }

        @Override
        public Changes visitor(ClassVisitor next) {
            return new Sites(next);
        }

        /** Replaces each site with a call of one static helper per distinct shape (descriptor and recipe) in the class. */
        private static final class Sites extends Changes {
            private final Map<String, Helper> helpers = new LinkedHashMap<>();
            private String owner;
            private boolean isInterface;

            Sites(ClassVisitor next) {
                super(next);
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
                        changed++;
                        super.visitMethodInsn(Opcodes.INVOKESTATIC, owner, helper.name(), descriptor, isInterface);
                    }
                };
            }

            @Override
            public void visitEnd() {
                for (Helper helper : helpers.values()) {
                    helper.writeTo(cv);
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
            void writeTo(ClassVisitor next) {
                MethodVisitor method = next.visitMethod(Opcodes.ACC_PRIVATE | Opcodes.ACC_STATIC | Opcodes.ACC_SYNTHETIC,
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
}
