package org.wenshu.render.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.pdf.ITextUserAgent;

/**
 * Flying Saucer's user agent, confined: a template may load images and style sheets only from its
 * own folder (or, for a built-in template, from its folder in the jar) and from {@code data:} URIs.
 * Everything else, {@code file:} outside the folder, {@code http(s):} and other schemes, is refused
 * and remembered so the caller can say so; the default agent would read any local file and fetch
 * any URL.
 */
final class FolderUserAgent extends ITextUserAgent {
    /** Flying Saucer's own default style sheets, in its jar: the renderer asks for them itself. */
    private static final String BUNDLED = bundled();

    private final String root;
    private final Set<String> refused = new LinkedHashSet<>();

    /** {@code root}: the URI of the template folder, ending in {@code /}; null allows no resource at all. */
    FolderUserAgent(ITextOutputDevice device, int dotsPerPixel, String root) {
        super(device, dotsPerPixel);
        this.root = root;
        if (root != null) {
            setBaseURL(root);
        }
    }

    /** The URIs refused so far, in the order first asked for. */
    List<String> refused() {
        return new ArrayList<>(refused);
    }

    @Override
    public String resolveURI(String uri) {
        if (uri == null || uri.startsWith("data:")) {
            return uri;
        }
        String resolved = super.resolveURI(uri);
        if (resolved == null) {
            return null;
        }
        if (!allowed(resolved)) {
            refused.add(resolved);
            return null;
        }
        return resolved;
    }

    @Override
    protected InputStream openStream(String uri) throws IOException {
        return super.openStream(checked(uri));
    }

    @Override
    protected URLConnection openConnection(String uri) throws IOException {
        return super.openConnection(checked(uri));
    }

    private String checked(String uri) throws IOException {
        if (uri == null) {
            throw new IOException("no resource");
        }
        if (!allowed(uri)) {
            refused.add(uri);
            throw new IOException("refused: " + uri);
        }
        return uri;
    }

    private static String bundled() {
        java.net.URL css = org.xhtmlrenderer.swing.NaiveUserAgent.class.getResource("/resources/css/XhtmlNamespaceHandler.css");
        if (css == null) {
            return null;
        }
        String uri = css.toString();
        return uri.substring(0, uri.lastIndexOf('/') + 1);
    }

    /** Inside the root after normalisation; for files, after following links too. */
    private boolean allowed(String uri) {
        if (BUNDLED != null && uri.startsWith(BUNDLED) && !uri.contains("..")) {
            return true;
        }
        if (root == null) {
            return false;
        }
        try {
            URI parsed = new URI(uri).normalize();
            String scheme = parsed.getScheme() == null ? "" : parsed.getScheme().toLowerCase(Locale.ROOT);
            if (scheme.equals("file") && root.startsWith("file:")) {
                Path base = Path.of(new URI(root)).toRealPath();
                Path file = Path.of(parsed);
                Path real = Files.exists(file) ? file.toRealPath() : file.toAbsolutePath().normalize();
                return real.startsWith(base);
            }
            if (scheme.equals("jar") && root.startsWith("jar:")) {
                return !parsed.toString().contains("..") && parsed.toString().startsWith(root);
            }
            return false;
        } catch (URISyntaxException | IOException | IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return false;
        }
    }
}
