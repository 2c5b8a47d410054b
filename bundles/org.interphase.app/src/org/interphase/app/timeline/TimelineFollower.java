package org.interphase.app.timeline;

import java.util.Optional;

import org.interphase.model.Interface;

/**
 * Which interface the Interface Timeline shows as the workbench selection changes. The view follows an interface
 * the user selects (in the Cell editor's tree), but a selection it has already followed is not followed again: when
 * the Cell editor is re-activated (after a click on a point of the second interface, say) the page reports the
 * tree's old selection, and that must not switch the view back from the interface the user picked in the view.
 */
public final class TimelineFollower {

    private Interface followed;

    /**
     * The interface to show after a selection that names {@code selected} ({@code null}: the selection names no
     * interface); empty: keep the interface on display.
     */
    public Optional<Interface> onSelection(Interface selected) {
        if (selected == null || selected == followed) {
            return Optional.empty();
        }
        followed = selected;
        return Optional.of(selected);
    }
}
