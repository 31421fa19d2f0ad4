package org.wenshu.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.wenshu.model.WenshuException;
import org.wenshu.web.ServeSettings;
import org.wenshu.web.WebServer;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code wenshu serve [--port N] [--host H] [--builds N]}: the local web page for staff who do not use a
 * terminal; {@code --builds} reports are built at once (default {@link ServeSettings#defaultBuilds()}), the rest queue.
 * Runs until interrupted (Ctrl-C, SIGTERM); every workspace is deleted then.
 */
final class ServeCommand implements Callable<Integer> {

    int port;
    String host;
    Integer builds;
    boolean debug;
    CommandLine.Model.CommandSpec spec;

    /** The command's picocli model ({@link CommandModel}). */
    CommandLine.Model.CommandSpec model() {
        spec = CommandModel.command("serve", this);
        spec.addOption(CommandModel.option(OptionSpec.builder("--port").defaultValue("" + ServeSettings.DEFAULT_PORT).paramLabel("N"),
                int.class, () -> port, v -> port = (Integer) v));
        spec.addOption(CommandModel.option(OptionSpec.builder("--host").defaultValue(ServeSettings.DEFAULT_HOST).paramLabel("H"),
                String.class, () -> host, v -> host = (String) v));
        spec.addOption(CommandModel.option(OptionSpec.builder("--builds").paramLabel("N"), Integer.class, () -> builds, v -> builds = (Integer) v));
        spec.addOption(CommandModel.option(OptionSpec.builder("--debug"), boolean.class, () -> debug, v -> debug = (Boolean) v));
        return CommandModel.withStandardHelp(spec);
    }

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
