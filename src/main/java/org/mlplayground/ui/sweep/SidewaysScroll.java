package org.mlplayground.ui.sweep;

import javafx.scene.control.ScrollPane;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;

/**
 * A row of the sweep views that scrolls sideways when wider than its room (the decision-boundary
 * pictures, the grid). Its viewport is as tall as the content, so the page scrolls up and down,
 * not the row, and the scroll bar, when there is one, comes below the content instead of over
 * its bottom (it covered the best picture's outline at 1280 x 800); the mouse wheel scrolls the
 * page (a sideways wheel, or Shift with it, the row).
 */
final class SidewaysScroll {

    private SidewaysScroll() {
    }

    /** {@code content} in a sideways-scrolling row. */
    static ScrollPane of(Region content) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("edge-to-edge");
        content.layoutBoundsProperty().addListener((o, was, now) -> scroll.setMinViewportHeight(now.getHeight()));
        // the mouse wheel scrolls the page, not the row sideways (scrolling down stalled over the pictures)
        scroll.addEventFilter(ScrollEvent.SCROLL, e -> {
            if (Math.abs(e.getDeltaY()) > Math.abs(e.getDeltaX()) && scroll.getParent() != null) {
                e.consume();
                scroll.getParent().fireEvent(e.copyFor(scroll.getParent(), scroll.getParent()));
            }
        });
        return scroll;
    }

    /**
     * As {@link #of}, and as wide as its room: the content is given the viewport's width (a grid's
     * cells narrow to fit) and scrolls sideways only below its least width.
     */
    static ScrollPane fitting(Region content) {
        ScrollPane scroll = of(content);
        scroll.setFitToWidth(true);
        return scroll;
    }
}
