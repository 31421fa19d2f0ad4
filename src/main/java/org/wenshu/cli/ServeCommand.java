package org.wenshu.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.wenshu.model.WenshuException;
import org.wenshu.web.ServeSettings;
import org.wenshu.web.WebServer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code wenshu serve [--port N] [--host H] [--builds N]}: the local web page for staff who do not use a
 * terminal; {@code --builds} reports are built at once (default {@link ServeSettings#defaultBuilds()}), the rest queue.
 * Runs until interrupted (Ctrl-C, SIGTERM); every workspace is deleted then.
 */
@Command(name = "serve", mixinStandardHelpOptions = true)
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", defaultValue = "" + ServeSettings.DEFAULT_PORT, paramLabel = "N")
    int port;

    @Option(names = "--host", defaultValue = ServeSettings.DEFAULT_HOST, paramLabel = "H")
    String host;

    @Option(names = "--builds", paramLabel = "N")
    Integer builds;

    @Option(names = "--debug")
    boolean debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65535) {
            throw new CommandLine.ParameterException(spec.commandLine(), CliLanguage.format(spec.resourceBundle(),
                    "error.badValue", "--port", Integer.toString(port)));
        }
        if (builds != null && builds < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), CliLanguage.format(spec.resourceBundle(),
                    "error.badValue", "--builds", Integer.toString(builds)));
        }
        ServeSettings settings = ServeSettings.of(host, port).withDebug(debug);
        WebServer server;
        try {
            server = WebServer.start(builds == null ? settings : settings.withBuilds(builds), System.err);
        } catch (java.net.BindException e) {
            throw new WenshuException(CliLanguage.format(spec.resourceBundle(), "serve.portInUse", host, Integer.toString(port)), e);
        } catch (java.net.UnknownHostException e) {
            throw new WenshuException(CliLanguage.format(spec.resourceBundle(), "serve.badHost", host), e);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "wenshu-serve-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        PrintWriter out = spec.commandLine().getOut();
        out.println(CliLanguage.format(spec.resourceBundle(), "serve.started", server.address()));
        out.flush();
        stopped.await();
        return 0;
    }
}
