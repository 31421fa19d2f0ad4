package org.wenshu.render.template;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.core.XHTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.core._CoreAPI;
import java.io.IOException;
import java.io.Writer;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.wenshu.model.LimitExceededException;
import org.wenshu.model.WenshuException;

/**
 * A FreeMarker template that writes semantic XHTML from the template data. Output is auto-escaped
 * for XHTML; {@code ?new} cannot instantiate any class and {@code ?api} is off, so a template
 * cannot reach into Java. Errors name the template file and line.
 *
 * <p>Templates are bounded: their output stops at {@link #MAX_OUTPUT_CHARS}, and every loop, macro
 * call and include checks for thread interruption, so a template that never ends stops when the
 * worker running it runs out of time (FreeMarker has no step counter of its own).
 */
public final class XhtmlTemplate {
    /** Far beyond the XHTML of the largest source wenshu reads (64 MB); a template writing more is runaway. */
    public static final long MAX_OUTPUT_CHARS = 64L * 1024 * 1024;

    private final TemplateFolder folder;
    private final Template template;
    private final long maxOutputChars;

    public XhtmlTemplate(TemplateFolder folder) {
        this(folder, MAX_OUTPUT_CHARS);
    }

    public XhtmlTemplate(TemplateFolder folder, long maxOutputChars) {
        this.folder = folder;
        this.maxOutputChars = maxOutputChars;
        Configuration configuration = new InterruptibleConfiguration();
        configuration.setTemplateLoader(loaderFor(folder));
        configuration.setDefaultEncoding("UTF-8");
        configuration.setOutputFormat(XHTMLOutputFormat.INSTANCE);
        configuration.setAutoEscapingPolicy(Configuration.ENABLE_IF_SUPPORTED_AUTO_ESCAPING_POLICY);
        configuration.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        configuration.setAPIBuiltinEnabled(false);
        configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        configuration.setLogTemplateExceptions(false);
        configuration.setWrapUncheckedExceptions(true);
        configuration.setFallbackOnNullLoopVariable(false);
        configuration.setLocale(java.util.Locale.SIMPLIFIED_CHINESE);
        configuration.setNumberFormat("computer");
        try {
            this.template = configuration.getTemplate(TemplateFolder.MAIN_FILE);
        } catch (ParseException e) {
            throw new WenshuException(where(e.getTemplateName(), e.getLineNumber())
                    + "：模板语法错误（" + firstLine(e.getEditorMessage()) + "）", e)
                    .translatable(fileOf(e.getTemplateName()), "templateSyntax", e.getLineNumber(), firstLine(e.getEditorMessage()));
        } catch (IOException e) {
            throw new WenshuException(describe() + "：无法读取模板（" + e.getMessage() + "）", e)
                    .translatable(describe(), "unreadableTemplate", e.getMessage());
        }
    }

    /** The XHTML for one document's data. */
    public String render(Map<String, Object> data) {
        BoundedWriter out = new BoundedWriter(maxOutputChars);
        try {
            template.process(data, out);
        } catch (BoundedWriter.LimitReached e) {
            throw new LimitExceededException("template-output", describe() + "：模板输出超过上限（" + maxOutputChars
                    + " 个字符），已停止（可能是没有尽头的循环或递归）", e)
                    .translatable(describe(), "templateOutputLimit", maxOutputChars);
        } catch (TemplateException e) {
            // FreeMarker's first line for a missing value names no value ("The following has evaluated
            // to null or missing:"); the expression it blames does
            String blamed = e instanceof freemarker.core.InvalidReferenceException ? e.getBlamedExpressionString() : null;
            String detail = blamed != null ? blamed + " 没有值（数据里没有它，可写成 " + blamed + "!\"\" 给出缺省）"
                    : firstLine(e.getMessageWithoutStackTop());
            String english = blamed != null ? blamed + " has no value (missing from the data; write " + blamed + "!\"\" for a default)"
                    : firstLine(e.getMessageWithoutStackTop());
            throw new WenshuException(where(e.getTemplateSourceName(), e.getLineNumber())
                    + "：模板出错（" + detail + "）", e)
                    .translatable(fileOf(e.getTemplateSourceName()), "templateError", e.getLineNumber(), english);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    /**
     * A configuration whose templates, the main one and every one it includes or imports, check for
     * thread interruption in each loop, macro and include. FreeMarker offers this only through its
     * internal {@code _CoreAPI} (its online tester uses it); there is no public hook.
     */
    private static final class InterruptibleConfiguration extends Configuration {
        private final Set<Template> checked = Collections.newSetFromMap(new IdentityHashMap<>());

        InterruptibleConfiguration() {
            super(Configuration.VERSION_2_3_34);
        }

        @Override
        public Template getTemplate(String name, Locale locale, Object customLookupCondition, String encoding,
                                    boolean parseAsFTL, boolean ignoreMissing) throws IOException {
            Template loaded = super.getTemplate(name, locale, customLookupCondition, encoding, parseAsFTL, ignoreMissing);
            if (loaded != null) {
                synchronized (checked) {
                    if (checked.add(loaded)) {
                        _CoreAPI.addThreadInterruptedChecks(loaded);
                    }
                }
            }
            return loaded;
        }
    }

    /** Collects the output and refuses to grow past a limit: a runaway template fails instead of exhausting memory. */
    private static final class BoundedWriter extends Writer {
        private final StringBuilder text = new StringBuilder(64 * 1024);
        private final long limit;

        BoundedWriter(long limit) {
            this.limit = limit;
        }

        /** The output limit was reached; an IOException so FreeMarker passes it through unwrapped. */
        static final class LimitReached extends IOException {
            LimitReached() {
                super("template output limit reached");
            }
        }

        @Override
        public void write(char[] buffer, int offset, int length) throws IOException {
            ensure(length);
            text.append(buffer, offset, length);
        }

        @Override
        public void write(String string, int offset, int length) throws IOException {
            ensure(length);
            text.append(string, offset, offset + length);
        }

        @Override
        public void write(int c) throws IOException {
            ensure(1);
            text.append((char) c);
        }

        private void ensure(int more) throws LimitReached {
            if (text.length() + (long) more > limit) {
                throw new LimitReached();
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }

    private String where(String templateName, Integer line) {
        String file = fileOf(templateName);
        return line == null ? file : file + " 第 " + line + " 行";
    }

    private String fileOf(String templateName) {
        return folder.isBuiltIn()
                ? "内置模板 " + folder.name() + "/" + (templateName == null ? TemplateFolder.MAIN_FILE : templateName)
                : folder.directory().resolve(templateName == null ? TemplateFolder.MAIN_FILE : templateName).toString();
    }

    private String describe() {
        return folder.isBuiltIn() ? "内置模板 " + folder.name() : folder.directory().toString();
    }

    private static TemplateLoader loaderFor(TemplateFolder folder) {
        if (folder.isBuiltIn()) {
            return new ClassTemplateLoader(XhtmlTemplate.class.getClassLoader(), folder.classpathPrefix());
        }
        try {
            return new FileTemplateLoader(folder.directory().toFile());
        } catch (IOException e) {
            throw new WenshuException(folder.directory() + "：无法打开模板文件夹（" + e.getMessage() + "）", e)
                    .translatable(folder.directory(), "unreadableTemplateFolder", e.getMessage());
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        String trimmed = message.strip();
        int newline = trimmed.indexOf('\n');
        return newline < 0 ? trimmed : trimmed.substring(0, newline).strip();
    }
}
