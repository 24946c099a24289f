package nl.intervisie.http;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.StrongCacheStorage;
import freemarker.core.Environment;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.PlainTextOutputFormat;
import freemarker.core.TemplateConfiguration;
import freemarker.cache.ConditionalTemplateConfigurationFactory;
import freemarker.cache.PathGlobMatcher;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * A page the functions render from the site's Freemarker templates (the top-level templates/, packaged in the jar
 * under templates/): the same layout and macros as the static site, so a page looks and works the same whether
 * JBake or a function made it. HTML output format: everything printed is escaped unless a template says otherwise.
 * <p>
 * The Freemarker configuration is built once per container, when {@link Freemarker} is initialised, and each
 * template is parsed once. That happens on the first page a container renders, or, when this INIT ends in a SnapStart
 * snapshot, during INIT ({@link #snapshotting()}: the handler's pages render a sample then), so the snapshot holds
 * the configuration, the parsed templates and the loaded rendering code. A container that only answers JSON (the
 * sign-up form with JavaScript) never pays for Freemarker.
 */
public final class Page {
    private final String name;
    private volatile Template template;

    private Page(String name) {
        this.name = name;
    }

    /** The page of this template, parsed when first rendered. */
    public static Page of(String name) {
        return new Page(name);
    }

    /**
     * True when Lambda snapshots this INIT (SnapStart: AWS_LAMBDA_INITIALIZATION_TYPE=snap-start, as for
     * {@link Priming}): then handlers render their pages once while they are constructed.
     */
    public static boolean snapshotting() {
        return "snap-start".equals(System.getenv("AWS_LAMBDA_INITIALIZATION_TYPE"));
    }

    /** The page for this model: strings, booleans, numbers, and maps and lists of them. */
    public String render(Map<String, ?> model) {
        StringWriter out = new StringWriter(8192);
        try {
            template().process(model, out);
        } catch (TemplateException | IOException e) {
            throw new IllegalStateException("template " + name + " failed", e);
        }
        return out.toString();
    }

    /** What a plain-text template (templates/mail/…) printed, and the text it assigned to one variable. */
    public record Text(String output, String assigned) {
    }

    /**
     * Renders a plain-text template (under templates/mail/: no escaping, as a text mail needs) and also returns the
     * text it assigned to {@code variable} with {@code <#assign variable>…</#assign>} (a mail's subject).
     */
    public Text renderText(Map<String, ?> model, String variable) {
        StringWriter out = new StringWriter(2048);
        try {
            Environment env = template().createProcessingEnvironment(model, out);
            env.process();
            TemplateModel value = env.getMainNamespace().get(variable);
            String assigned = value instanceof TemplateScalarModel scalar ? scalar.getAsString() : null;
            if (assigned == null) {
                throw new IllegalStateException("template " + name + " assigns no " + variable);
            }
            return new Text(out.toString(), assigned);
        } catch (TemplateException | IOException e) {
            throw new IllegalStateException("template " + name + " failed", e);
        }
    }

    private Template template() throws IOException {
        Template t = template;
        if (t == null) {
            t = Freemarker.CONFIGURATION.getTemplate(name); // the cache parses each template once
            template = t;
        }
        return t;
    }

    /** Holds the configuration: built when first needed, once per container. */
    private static final class Freemarker {
        static final Configuration CONFIGURATION = configuration();
    }

    private static Configuration configuration() {
        Configuration c = new Configuration(Configuration.VERSION_2_3_34);
        c.setTemplateLoader(new ClassTemplateLoader(Page.class.getClassLoader(), "templates"));
        c.setDefaultEncoding("UTF-8");
        c.setOutputFormat(HTMLOutputFormat.INSTANCE);
        // Mail texts are plain text: nothing escaped, whatever a template's name says.
        TemplateConfiguration plainText = new TemplateConfiguration();
        plainText.setOutputFormat(PlainTextOutputFormat.INSTANCE);
        c.setTemplateConfigurations(new ConditionalTemplateConfigurationFactory(new PathGlobMatcher("mail/**"), plainText));
        c.setAutoEscapingPolicy(Configuration.ENABLE_IF_SUPPORTED_AUTO_ESCAPING_POLICY);
        c.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        c.setLogTemplateExceptions(false);
        c.setWrapUncheckedExceptions(true);
        c.setFallbackOnNullLoopVariable(false);
        // The templates are fixed in the jar: no per-locale variants, no checking for changes, never evicted.
        c.setLocalizedLookup(false);
        c.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
        c.setCacheStorage(new StrongCacheStorage());
        c.setLocale(Locale.ROOT);
        c.setNumberFormat("computer");
        try {
            c.setSharedVariable("config", siteConfig());
        } catch (TemplateModelException e) {
            throw new IllegalStateException(e);
        }
        return c;
    }

    /** site/jbake.properties as JBake hands it to templates: `config.site_name` for `site.name`. */
    private static Map<String, String> siteConfig() {
        Properties properties = new Properties();
        try (InputStream in = Page.class.getClassLoader().getResourceAsStream("templates/jbake.properties")) {
            if (in == null) {
                throw new IllegalStateException("templates/jbake.properties is not in the jar");
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> config = new HashMap<>();
        properties.stringPropertyNames().forEach(k -> config.put(k.replace('.', '_'), properties.getProperty(k)));
        return config;
    }
}
