package com.attentionstudio.render;

import java.util.Locale;

/** Numbers as cells and tooltips print them: short, aligned, with a real minus sign. */
final class Numbers {
    private Numbers() {
    }

    /** Four significant figures at most, no exponent for the sizes a trace holds: 0.7341, −12.53, 1234. */
    static String cell(double v) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "∞" : "−∞";
        }
        double a = Math.abs(v);
        String s;
        if (a >= 1000) {
            s = String.format(Locale.ROOT, "%.0f", v);
        } else if (a >= 100) {
            s = String.format(Locale.ROOT, "%.1f", v);
        } else if (a >= 10) {
            s = String.format(Locale.ROOT, "%.2f", v);
        } else {
            s = String.format(Locale.ROOT, "%.3f", v);
        }
        if (s.equals("-0.000")) {
            s = "0.000";
        }
        return s.replace('-', '−');
    }

    /** Three significant figures at most, for narrow cells: 0.73, −12.5, 123. */
    static String brief(double v) {
        if (Double.isInfinite(v) || Double.isNaN(v)) {
            return cell(v);
        }
        if (Math.abs(v) >= 100) {
            return String.format(Locale.ROOT, "%.0f", v).replace('-', '−');
        }
        String s = String.format(Locale.ROOT, Math.abs(v) >= 10 ? "%.1f" : "%.2f", v);
        return (s.equals("-0.00") ? "0.00" : s).replace('-', '−');
    }

    /** More digits for hover text, where there is room: 0.734125. */
    static String exact(double v) {
        if (Double.isInfinite(v)) {
            return v > 0 ? "∞" : "−∞";
        }
        return String.format(Locale.ROOT, "%.6g", v).replace('-', '−');
    }

    static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.1f %%", fraction * 100);
    }
}
