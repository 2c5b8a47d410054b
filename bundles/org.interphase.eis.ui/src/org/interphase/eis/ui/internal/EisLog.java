package org.interphase.eis.ui.internal;

import org.eclipse.core.runtime.ILog;

/** Logs to the platform log when there is one (the message is always shown in the editor too). */
final class EisLog {

    private EisLog() {
    }

    static void error(String message, Throwable cause) {
        try {
            ILog.of(EisLog.class).error(message, cause);
        } catch (RuntimeException | LinkageError e) {
            // no running platform log (plain JUnit): the editor shows the message
        }
    }
}
