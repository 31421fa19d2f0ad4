import java.io.OutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.wenshu.Wenshu;
import org.wenshu.model.Diagnostic;
import org.wenshu.model.Document;
import org.wenshu.model.Report;
import org.wenshu.model.WenshuException;

/**
 * wenshu inside a Java program, as a service would use it: one Wenshu built at start-up and shared,
 * a source read from a stream (an upload), the first document rendered to PDF and DOCX.
 *
 * <pre>
 * javac -cp wenshu.jar -d classes Embed.java
 * java -cp wenshu.jar:classes Embed 材料.txt out     # writes out/材料.pdf and out/材料.docx
 * </pre>
 */
public final class Embed {
    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("用法：java Embed 材料文件 输出文件夹");
            System.exit(2);
        }
        Path source = Path.of(args[0]);
        Path folder = Path.of(args[1]);
        // Built once; thread-safe. A fixed time makes equal inputs give byte-identical files.
        Wenshu wenshu = Wenshu.builder().createdAt(Instant.parse("2026-01-01T00:00:00Z")).build();
        try (InputStream upload = Files.newInputStream(source)) {
            List<Document> documents = wenshu.parse(upload, source.getFileName().toString());
            Report report = Report.of(documents.get(0));
            for (Document document : documents) {
                for (Diagnostic d : document.diagnostics()) {
                    System.out.println(source + ":" + d.line() + ": " + d.code() + ": " + d.message());
                }
            }
            Files.createDirectories(folder);
            String name = source.getFileName().toString().replaceFirst("\\.[^.]+$", "");
            for (String format : List.of("pdf", "docx")) {
                Path target = folder.resolve(name + "." + format);
                try (OutputStream out = Files.newOutputStream(target)) {
                    Wenshu.Rendered rendered = wenshu.render(report, format, out);
                    System.out.println(target + (rendered.pages() > 0 ? "（" + rendered.pages() + " 页）" : ""));
                }
            }
        } catch (WenshuException e) {
            // the same one-line message the command line prints
            System.err.println("wenshu: " + e.getMessage());
            System.exit(1);
        }
    }
}
