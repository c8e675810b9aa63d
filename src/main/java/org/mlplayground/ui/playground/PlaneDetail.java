package org.mlplayground.ui.playground;

import java.util.Arrays;
import java.util.function.Consumer;
import org.mlplayground.train.Command;
import org.mlplayground.train.PlaneSetup;

/**
 * What the snapshots' pictures of the plane hold, as the window draws them: the decision boundary
 * on the problem's own grid (100 x 100, drawn some hundred pixels wide), the neurons' thumbnails on
 * a coarser grid of their drawn size, and only the hidden layers on screen. Sends
 * {@link Command.SetPlaneDetail} with every new problem (its features and scaling make the grid)
 * and whenever the thumbnails' size or the layers shown change; nothing before a view asks.
 */
final class PlaneDetail {

    /** The thumbnails' grid is never finer than this many cells a side, nor coarser than {@link #MIN_CELLS}. */
    static final int MAX_CELLS = 40;
    static final int MIN_CELLS = 12;

    private final Consumer<Command> send;
    private PlaneSetup.PlaneProblem built;
    private int cells;
    private boolean[] hiddenShown;
    private boolean asked;

    /** Sends through {@code send} (the training control, in order with the configurations). */
    PlaneDetail(Consumer<Command> send) {
        this.send = send;
    }

    /** The thumbnails' grid for a thumbnail drawn {@code pixels} wide: a cell per 1.5 pixels, within the bounds. */
    static int cellsFor(double pixels) {
        return (int) Math.max(MIN_CELLS, Math.min(MAX_CELLS, Math.round(pixels / 1.5)));
    }

    /**
     * A new problem is about to be configured: its grids are sent right before it (when a view has
     * asked), so the service applies both between the same two steps.
     */
    void problem(PlaneSetup.PlaneProblem built) {
        this.built = built;
        sendNow();
    }

    /**
     * The thumbnails are drawn from a grid of {@code cells} a side (0: no thumbnails on screen),
     * for the hidden layers {@code hiddenShown} (null: all); sent when it changed and {@code now}.
     */
    void thumbnails(int cells, boolean[] hiddenShown, boolean now) {
        boolean same = asked && cells == this.cells && Arrays.equals(hiddenShown, this.hiddenShown);
        this.cells = cells;
        this.hiddenShown = hiddenShown == null ? null : hiddenShown.clone();
        asked = true;
        if (!same && now) {
            sendNow();
        }
    }

    private void sendNow() {
        if (!asked || built == null || built.problem().plane() == null) {
            return;
        }
        send.accept(new Command.SetPlaneDetail(null, cells > 0 ? built.plane(cells) : null,
                cells > 0 ? hiddenShown : new boolean[0]));
    }
}
