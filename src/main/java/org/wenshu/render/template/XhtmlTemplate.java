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
import java.io.IOException;
import java.io.StringWriter;
import java.util.Map;
import org.wenshu.model.WenshuException;

/**
 * A FreeMarker template that writes semantic XHTML from the template data. Output is auto-escaped
 * for XHTML; {@code ?new} cannot instantiate any class and {@code ?api} is off, so a template
 * cannot reach into Java. Errors name the template file and line.
 */
public final class XhtmlTemplate {
    private final TemplateFolder folder;
    private final Template template;

    public XhtmlTemplate(TemplateFolder folder) {
        this.folder = folder;
        Configuration configuration = new Configuration(Configuration.VERSION_2_3_34);
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
                    + "：模板语法错误（" + firstLine(e.getEditorMessage()) + "）", e);
        } catch (IOException e) {
            throw new WenshuException(describe() + "：无法读取模板（" + e.getMessage() + "）", e);
        }
    }

    /** The XHTML for one document's data. */
    public String render(Map<String, Object> data) {
        StringWriter out = new StringWriter(64 * 1024);
        try {
            template.process(data, out);
        } catch (TemplateException e) {
            throw new WenshuException(where(e.getTemplateSourceName(), e.getLineNumber())
                    + "：模板出错（" + firstLine(e.getMessageWithoutStackTop()) + "）", e);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    private String where(String templateName, Integer line) {
        String file = folder.isBuiltIn()
                ? "内置模板 " + folder.name() + "/" + (templateName == null ? TemplateFolder.MAIN_FILE : templateName)
                : folder.directory().resolve(templateName == null ? TemplateFolder.MAIN_FILE : templateName).toString();
        return line == null ? file : file + " 第 " + line + " 行";
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
            throw new WenshuException(folder.directory() + "：无法打开模板文件夹（" + e.getMessage() + "）", e);
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
