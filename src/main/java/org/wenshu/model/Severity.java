package org.wenshu.model;

/** How much a diagnostic matters to the person preparing a report. */
public enum Severity {
    INFO, WARNING, ERROR;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
