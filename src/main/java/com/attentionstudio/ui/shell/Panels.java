package com.attentionstudio.ui.shell;

import com.attentionstudio.ui.figure.PanelView;
import com.attentionstudio.ui.state.StudioState;
import java.util.List;

/** The tabs of the window, in the order a lesson goes: attention first, then where its input comes from, then the maths. */
final class Panels {
    private Panels() {
    }

    static List<PanelView> create(StudioState state, ShellViewModel shell) {
        return List.of();
    }
}
