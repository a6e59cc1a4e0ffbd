package com.attentionstudio.ui.figure;

import javafx.scene.Node;

/** One tab of the window: its title, its nodes, and how it exports what it shows. */
public interface PanelView {
    String title();

    Node node();

    /** Its Export… and Copy image row; the File menu's "Export the current view…" opens its export. */
    ExportBar exportBar();

    /** Told when its tab comes on screen or leaves it, for panels that compute only while seen. */
    default void setShown(boolean shown) {
    }
}
