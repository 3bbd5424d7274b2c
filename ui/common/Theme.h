// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QString>

class QApplication;
class QWidget;

namespace Kiosk::Ui {

/**
 * The kiosk's colours and type sizes in one place, and the stylesheet built from them
 * (resources/styles/kiosk.qss with @tokens@ filled in). Sizes are logical pixels, so Qt's
 * high-DPI scaling keeps them readable on any screen; they grow a step on large screens.
 */
class Theme final
{
public:
    QColor background { 0xf4, 0xf5, 0xf7 };
    QColor surface { 0xff, 0xff, 0xff };
    QColor text { 0x1f, 0x23, 0x28 };
    QColor muted { 0x5b, 0x62, 0x70 };
    QColor border { 0xd0, 0xd7, 0xde };
    QColor accent { 0x63, 0x5b, 0xff };
    QColor accentDark { 0x4b, 0x44, 0xd6 };
    QColor pressed { 0xe7, 0xea, 0xf0 };
    QColor disabledBg { 0xe4, 0xe7, 0xeb };
    QColor success { 0x1a, 0x7f, 0x37 };
    QColor danger { 0xcf, 0x22, 0x2e };
    QColor warning { 0xff, 0xd3, 0x3d };
    QColor warningText { 0x8a, 0x5c, 0x00 };
    /** Keyboard focus ring on light surfaces and on the accent-filled Pay button (>= 3:1 on both). */
    QColor focus { 0x1f, 0x23, 0x28 };
    /** Focus ring around a dark fill (the selected category tab), >= 3:1 on it and on the background. */
    QColor focusOnDark { 0x63, 0x5b, 0xff };

    int baseFont = 18;
    int titleFont = 24;
    int hugeFont = 44;
    /** Every fixed "font-size: Npx" of the stylesheet is scaled by this (percent). */
    int fontScalePercent = 100;
    bool largeText = false; ///< accessible(): the customer asked for large text, high contrast

    /** The default theme, one step larger when the screen is at least 1600 logical px wide. */
    static Theme forScreenWidth(int logicalWidth);
    /**
     * This theme for a customer who asked for large text and high contrast (the attract screen's
     * toggle): every font 1.3× larger, black text on white, darker accent, success and danger,
     * so every text colour is at least 7:1 on what it stands on (WCAG AAA; the default theme
     * keeps 4.5:1, AA).
     */
    [[nodiscard]] Theme accessible() const;
    /** WCAG 2 contrast ratio of two opaque colours: 1 (none) to 21 (black on white). */
    static double contrastRatio(const QColor &a, const QColor &b);
    /** The theme most recently applied to the application (the default before any). */
    static Theme current();
    /** The stylesheet text with every token replaced; empty if the resource is missing. */
    [[nodiscard]] QString styleSheet() const;
    /** Sets the stylesheet and the Fusion style on the application. */
    void apply(QApplication &app) const;
    /** Re-polishes a widget after a dynamic property used by the stylesheet changed. */
    static void repolish(QWidget *widget);
};

} // namespace Kiosk::Ui
