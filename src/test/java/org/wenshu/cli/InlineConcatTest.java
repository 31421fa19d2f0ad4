package org.wenshu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/**
 * The build step {@code scripts/rewrite-libraries} (scripts/LibraryRewrites.java, its InlineConcat rule) rewrites the shaded
 * jar's invokedynamic string concatenations to StringBuilder calls. A class compiled by javac with
 * its default (invokedynamic) concatenation is put in a jar, the step is run on the jar as the build
 * runs it, and the rewritten class must make the same strings as the original for any values: every
 * primitive type, null, a {@code char[]} (written as an object, not as its characters), constants
 * holding the recipe's own tag characters, two-slot arguments before others, an interface's method.
 */
class InlineConcatTest {
    private static final String SOURCE = """
            package sample;
            public final class Parts implements Named {
                private final String name;
                public Parts(String name) { this.name = name; }
                public String name() { return name; }
                public static String primitives(boolean z, byte b, short s, char c, int i, long l, float f, double d) {
                    return "z=" + z + " b=" + b + " s=" + s + " c=" + c + " i=" + i + " l=" + l + " f=" + f + " d=" + d;
                }
                public static String wide(long l, double d, String text, int i) {
                    return l + d + text + i + "/" + d + l;
                }
                public static String references(String text, Object object, char[] chars, CharSequence sequence) {
                    return "[" + text + "," + object + "," + chars + "," + sequence + "]";
                }
                public static String tags(String text, int i) {
                    return "\\u0001" + text + "\\u0002" + i + "\\u0001\\u0002";
                }
                public static String one(Object object) {
                    return "" + object;
                }
                public String instance(int i, String text) {
                    return name + i + text + name;
                }
            }
            interface Named {
                String name();
                default String greeting(String text, double d) {
                    return "hello " + name() + ", " + text + d;
                }
            }
            """;

    private static final Loaded LOADED = Loaded.make();

    @Property(tries = 300)
    void theSameStringsForAnyPrimitives(@ForAll boolean z, @ForAll byte b, @ForAll short s, @ForAll char c, @ForAll int i,
                                        @ForAll long l, @ForAll float f, @ForAll double d) throws Exception {
        LOADED.same("primitives", z, b, s, c, i, l, f, d);
        LOADED.same("wide", l, d, String.valueOf(c), i);
    }

    @Property(tries = 300)
    void theSameStringsForAnyTexts(@ForAll String text, @ForAll int i, @ForAll double d) throws Exception {
        LOADED.same("tags", text, i);
        LOADED.same("references", text, List.of(text, i), text.toCharArray(), new StringBuilder(text));
        LOADED.sameOnInstance("instance", text, i, text);
        LOADED.sameOnInstance("greeting", text, text, d);
    }

    @Test
    void nullsAndEdgeValues() throws Exception {
        // letters no hexadecimal identity hash holds ("[C@…ab…" made the check below fail now and then)
        char[] chars = {'q', 'z'};
        LOADED.same("references", null, null, null, null);
        LOADED.same("references", "x", new Object(), chars, "y");
        assertThat(LOADED.rewritten("references", "x", null, chars, null))
                .isEqualTo("[x,null," + chars + ",null]").doesNotContain("qz");
        LOADED.same("one", (Object) null);
        LOADED.same("primitives", true, Byte.MIN_VALUE, Short.MIN_VALUE, '\u0001', Integer.MIN_VALUE, Long.MIN_VALUE,
                Float.NaN, -0.0d);
        LOADED.same("wide", Long.MAX_VALUE, Double.NEGATIVE_INFINITY, "\u0002", 0);
        LOADED.same("tags", "\u0001\u0002", 2);
        assertThat(LOADED.rewritten("tags", "t", 7)).isEqualTo("\u0001t\u00027\u0001\u0002");
    }

    @Test
    void everyConcatenationCallsAHelperAndNoneIsLeft() throws Exception {
        for (String name : List.of("sample.Parts", "sample.Named")) {
            Class<?> rewritten = LOADED.rewritten.loadClass(name);
            assertThat(Arrays.stream(rewritten.getDeclaredMethods()).map(Method::getName))
                    .as(name).anyMatch(method -> method.startsWith("wenshu$concat$"));
        }
        // one helper for each of the six concatenations in Parts (no two of the same shape)
        assertThat(Arrays.stream(LOADED.rewritten.loadClass("sample.Parts").getDeclaredMethods())
                .filter(method -> method.getName().startsWith("wenshu$concat$"))).hasSize(6);
    }

    /** The sample compiled, jarred, copied, the copy rewritten by the build step; both loaded. */
    private record Loaded(ClassLoader original, ClassLoader rewritten) {
        static Loaded make() {
            try {
                Path work = Files.createTempDirectory("inline-concat");
                Path source = work.resolve("src/sample/Parts.java");
                Files.createDirectories(source.getParent());
                Files.writeString(source, SOURCE);
                Path classes = work.resolve("classes");
                JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
                int status = javac.run(null, null, null, "--release", "17", "-d", classes.toString(), source.toString());
                assertThat(status).as("javac").isZero();
                Path jar = work.resolve("original.jar");
                try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file);
                     Stream<Path> files = Files.walk(classes)) {
                    for (Path path : files.filter(Files::isRegularFile).toList()) {
                        out.putNextEntry(new JarEntry(classes.relativize(path).toString().replace('\\', '/')));
                        out.write(Files.readAllBytes(path));
                        out.closeEntry();
                    }
                }
                Path copy = work.resolve("rewritten.jar");
                Files.copy(jar, copy);
                RewrittenClasses.rewrite(copy);
                return new Loaded(new URLClassLoader(new URL[] {jar.toUri().toURL()}, null),
                        new URLClassLoader(new URL[] {copy.toUri().toURL()}, null));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        void same(String method, Object... arguments) throws Exception {
            assertThat(call(rewritten, method, arguments)).as(method).isEqualTo(call(original, method, arguments));
        }

        String rewritten(String method, Object... arguments) throws Exception {
            return call(rewritten, method, arguments);
        }

        void sameOnInstance(String method, String name, Object... arguments) throws Exception {
            assertThat(callOn(rewritten, name, method, arguments)).as(method).isEqualTo(callOn(original, name, method, arguments));
        }

        private static String call(ClassLoader loader, String name, Object... arguments) throws Exception {
            return (String) find(loader.loadClass("sample.Parts"), name).invoke(null, arguments);
        }

        private static String callOn(ClassLoader loader, String partsName, String name, Object... arguments) throws Exception {
            Class<?> parts = loader.loadClass("sample.Parts");
            Object instance = parts.getConstructor(String.class).newInstance(partsName);
            Method method = find(parts, name);
            method.setAccessible(true);
            return (String) method.invoke(instance, arguments);
        }

        private static Method find(Class<?> type, String name) {
            return Arrays.stream(type.getMethods()).filter(method -> method.getName().equals(name)).findFirst().orElseThrow();
        }
    }
}
