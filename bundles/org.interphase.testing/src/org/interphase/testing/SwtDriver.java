package org.interphase.testing;

import java.util.function.BooleanSupplier;

import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/**
 * Drives the SWT event loop from a test running on the display thread: dispatch pending events, wait for a
 * condition (a Job finishing and posting its result with {@code asyncExec}) with a deadline, let GTK repaint.
 */
public final class SwtDriver {

    private final Display display;

    public SwtDriver(Display display) {
        this.display = display;
    }

    /** A driver for the default display. */
    public static SwtDriver current() {
        return new SwtDriver(Display.getDefault());
    }

    /** Dispatches the events already queued (at most 200), without waiting. */
    public void flush() {
        for (int i = 0; i < 200 && !display.isDisposed(); i++) {
            if (!display.readAndDispatch()) {
                break;
            }
        }
    }

    /**
     * Dispatches events until {@code condition} holds or {@code timeoutMs} passed; returns the condition's final
     * value so the caller can assert it with its own message.
     */
    public boolean waitUntil(BooleanSupplier condition, long timeoutMs) {
        long deadline = System.currentTimeMillis() + timeoutMs;
        while (System.currentTimeMillis() < deadline && !display.isDisposed()) {
            if (!display.readAndDispatch()) {
                if (condition.getAsBoolean()) {
                    flush();
                    return true;
                }
                // poll rather than Display.sleep: under Xvfb a job's asyncExec does not always wake the display
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return condition.getAsBoolean();
                }
            }
        }
        return condition.getAsBoolean();
    }

    /** Dispatches events for {@code ms} after painting {@code shell} (before a screenshot). */
    public void settle(Shell shell, long ms) {
        shell.update();
        waitUntil(() -> false, ms);
    }
}
