package org.wenshu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import freemarker.template.Configuration;
import java.io.File;
import java.io.StringReader;
import java.io.StringWriter;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rule {@code LazyMemberPolicy} of the build step {@code scripts/rewrite-libraries}
 * (scripts/LibraryRewrites.java) makes FreeMarker's default member access policy work out its rules
 * when first asked. The step is run, as the build runs it,
 * on a copy of FreeMarker's own jar; the original and the rewritten FreeMarker are loaded side by
 * side: a Configuration no longer works the rules out, and the policy then answers every question
 * exactly as the original does (which methods, constructors and fields of the JDK's classes a
 * template may use), and templates that call methods on a Java object print or fail the same.
 */
class LazyMemberPolicyTest {
    private static final String POLICY = "freemarker.ext.beans.DefaultMemberAccessPolicy";
    private static final List<Class<?>> ASKED = List.of(Object.class, Thread.class, String.class, Class.class, ClassLoader.class,
            System.class, Runtime.class, File.class, Locale.class, Method.class, Constructor.class, Field.class, URL.class,
            java.net.URI.class, java.security.ProtectionDomain.class, StringBuilder.class, java.util.ArrayList.class,
            java.util.HashMap.class, Integer.class, java.time.LocalDate.class, Thread.State.class, ThreadGroup.class,
            Package.class, java.lang.reflect.Parameter.class, java.util.Date.class, Path.class);

    @TempDir
    static Path work;
    private static URLClassLoader original;
    private static URLClassLoader lazy;

    @BeforeAll
    static void runTheStep() throws Exception {
        Path jar = Path.of(Configuration.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path copy = work.resolve("freemarker.jar");
        Files.copy(jar, copy);
        RewrittenClasses.rewrite(copy);
        original = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
        lazy = new URLClassLoader(new URL[] {copy.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
    }

    @AfterAll
    static void close() throws Exception {
        original.close();
        lazy.close();
    }

    @Test
    void aConfigurationNoLongerWorksTheRulesOutAndTheFirstQuestionDoes() throws Exception {
        // a FreeMarker of its own: the policy is one per class loader
        try (URLClassLoader fresh = new URLClassLoader(lazy.getURLs(), ClassLoader.getPlatformClassLoader())) {
            Object configuration = configuration(fresh);
            assertThat(configuration).isNotNull();
            Object policy = policy(fresh);
            Field ready = policy.getClass().getDeclaredField("wenshu$ready");
            ready.setAccessible(true);
            assertThat(ready.getBoolean(policy)).as("rules worked out before anyone asked").isFalse();
            assertThat(toStringAlwaysExposed(fresh)).isEqualTo(toStringAlwaysExposed(original));
            assertThat(ready.getBoolean(policy)).isTrue();
        }
    }

    @Test
    void thePolicyAnswersAsTheOriginalDoesForEveryMemberOfTheJdksClasses() throws Exception {
        int asked = 0;
        int refused = 0;
        for (Class<?> type : ASKED) {
            Object before = forClass(original, type);
            Object after = forClass(lazy, type);
            for (Method method : type.getMethods()) {
                boolean exposed = ask(after, "isMethodExposed", Method.class, method);
                assertThat(exposed).as(method.toString()).isEqualTo(ask(before, "isMethodExposed", Method.class, method));
                asked++;
                refused += exposed ? 0 : 1;
            }
            for (Constructor<?> constructor : type.getConstructors()) {
                assertThat(ask(after, "isConstructorExposed", Constructor.class, constructor)).as(constructor.toString())
                        .isEqualTo(ask(before, "isConstructorExposed", Constructor.class, constructor));
                asked++;
            }
            for (Field field : type.getFields()) {
                assertThat(ask(after, "isFieldExposed", Field.class, field)).as(field.toString())
                        .isEqualTo(ask(before, "isFieldExposed", Field.class, field));
                asked++;
            }
        }
        assertThat(asked).isGreaterThan(1000);
        // the answers are not all alike: the policy refuses many of these methods and allows many
        assertThat(refused).isGreaterThan(100).isLessThan(asked - 100);
        assertThat(ask(forClass(lazy, Class.class), "isMethodExposed", Method.class, Class.class.getMethod("getClassLoader"))).isFalse();
        assertThat(ask(forClass(lazy, File.class), "isMethodExposed", Method.class, File.class.getMethod("getName"))).isTrue();
    }

    @Test
    void templatesThatMeetJavaObjectsPrintAndFailTheSame() throws Exception {
        List<String> templates = List.of(
                "${.locale_object.displayName} ${.locale_object.language} ${.locale_object.toString()}",
                "${file.name} ${file.getPath()} <#list file?keys as k>${k} </#list>",
                "${file.getClass()}", "${file.toPath().getFileSystem()}", "${builder.append('x').length()}",
                "${builder.class.classLoader!'none'}", "${file.getClass().getClassLoader()}");
        List<String> said = new ArrayList<>();
        for (String template : templates) {
            String after = process(lazy, template);
            assertThat(after).as(template).isEqualTo(process(original, template));
            said.add(after);
        }
        assertThat(said.get(0)).isEqualTo("ok: English en en");
        // Class.getClassLoader is not among the members the policy exposes: hidden, so missing
        assertThat(said.get(6)).startsWith("refused:").contains("getClassLoader");
    }

    private static Object configuration(ClassLoader loader) throws Exception {
        Class<?> type = loader.loadClass("freemarker.template.Configuration");
        Object version = type.getField("VERSION_2_3_34").get(null);
        return type.getConstructor(loader.loadClass("freemarker.template.Version")).newInstance(version);
    }

    private static Object policy(ClassLoader loader) throws Exception {
        Class<?> type = loader.loadClass(POLICY);
        Object version = loader.loadClass("freemarker.template.Configuration").getField("VERSION_2_3_34").get(null);
        return type.getMethod("getInstance", loader.loadClass("freemarker.template.Version")).invoke(null, version);
    }

    private static boolean toStringAlwaysExposed(ClassLoader loader) throws Exception {
        Object policy = policy(loader);
        return (Boolean) policy.getClass().getMethod("isToStringAlwaysExposed").invoke(policy);
    }

    private static Object forClass(ClassLoader loader, Class<?> type) throws Exception {
        Object policy = policy(loader);
        return policy.getClass().getMethod("forClass", Class.class).invoke(policy, type);
    }

    private static boolean ask(Object classPolicy, String question, Class<?> memberType, Object member) throws Exception {
        Method method = classPolicy.getClass().getMethod(question, memberType);
        method.setAccessible(true);
        return (Boolean) method.invoke(classPolicy, member);
    }

    /** "ok: " and the output, or "refused: " and the first line of FreeMarker's error. */
    private static String process(ClassLoader loader, String source) throws Exception {
        Object configuration = configuration(loader);
        Class<?> configurationType = configuration.getClass();
        configurationType.getMethod("setLocale", Locale.class).invoke(configuration, Locale.ENGLISH);
        configurationType.getMethod("setLogTemplateExceptions", boolean.class).invoke(configuration, false);
        Class<?> templateType = loader.loadClass("freemarker.template.Template");
        Object template = templateType.getConstructor(String.class, java.io.Reader.class, configurationType)
                .newInstance("t", new StringReader(source), configuration);
        StringWriter out = new StringWriter();
        Map<String, Object> data = Map.of("file", new File("/tmp/x.txt"), "builder", new StringBuilder("ab"));
        try {
            templateType.getMethod("process", Object.class, java.io.Writer.class).invoke(template, data, out);
            return "ok: " + out;
        } catch (InvocationTargetException e) {
            String message = String.valueOf(e.getCause().getMessage());
            List<String> lines = new ArrayList<>(message.lines().toList());
            return "refused: " + String.join(" ", lines.subList(0, Math.min(2, lines.size())));
        }
    }
}
