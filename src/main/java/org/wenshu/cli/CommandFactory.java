package org.wenshu.cli;

import java.lang.reflect.Constructor;
import org.wenshu.render.OutputFormats;
import picocli.CommandLine;

/**
 * Makes the commands and their helpers for picocli, handing the registry of output formats to
 * every class that takes one in its constructor (the commands that write or check outputs, and
 * the completion candidates of {@code --to}), so that a registered format is offered everywhere.
 */
final class CommandFactory implements CommandLine.IFactory {
    private final OutputFormats formats;

    CommandFactory(OutputFormats formats) {
        this.formats = formats;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        Constructor<K> withFormats;
        try {
            withFormats = type.getDeclaredConstructor(OutputFormats.class);
        } catch (NoSuchMethodException e) {
            return CommandLine.defaultFactory().create(type);
        }
        withFormats.setAccessible(true);
        return withFormats.newInstance(formats);
    }

    /** The registered formats' names, for {@code --to}'s help ({@code ${COMPLETION-CANDIDATES}}) and completion. */
    static final class FormatNames implements Iterable<String> {
        private final OutputFormats formats;

        FormatNames(OutputFormats formats) {
            this.formats = formats;
        }

        @Override
        public java.util.Iterator<String> iterator() {
            return formats.names().iterator();
        }
    }
}
