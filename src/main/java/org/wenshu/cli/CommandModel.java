package org.wenshu.cli;

import java.util.function.Consumer;
import java.util.function.Supplier;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.IGetter;
import picocli.CommandLine.Model.ISetter;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The commands' picocli models, built in code. picocli's annotations would be read by reflection
 * on every start, a proxy class generated at run time for each annotation type (class-data
 * sharing cannot keep them): 20–35 ms of CPU of every cold call (docs/benchmarks.md, round 9).
 * Each command declares its options in a {@code model()} method beside the fields they fill, in
 * the order the annotations stood (help lists options sorted, so the order only shows in
 * completion scripts); the help texts come from the resource bundle by the same keys as before.
 */
final class CommandModel {
    /** The mixin picocli's {@code mixinStandardHelpOptions} adds, under the name it gives it. */
    private static final String STANDARD_HELP = "mixinStandardHelpOptions";

    private CommandModel() {
    }

    /** The model of {@code command} named {@code name}, its arguments still to be added. */
    static CommandSpec command(String name, Object command) {
        return CommandSpec.wrapWithoutInspection(command).name(name);
    }

    /**
     * {@code spec} with {@code -h/--help} and {@code -V/--version} as picocli's standard help options
     * declare them (same names, keys and default texts), added after the command's own arguments,
     * where picocli adds them for an annotated command.
     */
    static CommandSpec withStandardHelp(CommandSpec spec) {
        spec.addMixin(STANDARD_HELP, standardHelp());
        return spec;
    }

    /** A mixin's model: its options join the command it is mixed into. */
    static CommandSpec mixin(Object mixin) {
        return CommandSpec.wrapWithoutInspection(mixin);
    }

    private static CommandSpec standardHelp() {
        CommandSpec help = CommandSpec.wrapWithoutInspection(new Object());
        boolean[] requested = new boolean[2];
        help.addOption(option(OptionSpec.builder("-h", "--help").usageHelp(true)
                        .descriptionKey(STANDARD_HELP + ".help").description("Show this help message and exit."),
                boolean.class, () -> requested[0], value -> requested[0] = (Boolean) value));
        help.addOption(option(OptionSpec.builder("-V", "--version").versionHelp(true)
                        .descriptionKey(STANDARD_HELP + ".version").description("Print version information and exit."),
                boolean.class, () -> requested[1], value -> requested[1] = (Boolean) value));
        return help;
    }

    /**
     * An option of {@code type} bound to a field through {@code get} and {@code set}, as picocli
     * binds an annotated field: the field's value now is the initial value picocli resets it to
     * before it parses.
     */
    static OptionSpec option(OptionSpec.Builder option, Class<?> type, Supplier<?> get, Consumer<Object> set) {
        return option.type(type).initialValue(get.get()).getter(getter(get)).setter(setter(get, set)).build();
    }

    /** A positional parameter of {@code type}, bound to a field as {@link #option} binds an option. */
    static PositionalParamSpec positional(PositionalParamSpec.Builder parameter, Class<?> type, Supplier<?> get, Consumer<Object> set) {
        return parameter.type(type).initialValue(get.get()).getter(getter(get)).setter(setter(get, set)).build();
    }

    private static IGetter getter(Supplier<?> get) {
        return new IGetter() {
            @Override
            @SuppressWarnings("unchecked")
            public <V> V get() {
                return (V) get.get();
            }
        };
    }

    /** Sets the field and answers its previous value, as picocli's setters do. */
    private static ISetter setter(Supplier<?> get, Consumer<Object> set) {
        return new ISetter() {
            @Override
            @SuppressWarnings("unchecked")
            public <V> V set(V value) {
                V previous = (V) get.get();
                set.accept(value);
                return previous;
            }
        };
    }
}
