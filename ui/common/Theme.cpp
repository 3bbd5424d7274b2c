// SPDX-License-Identifier: MIT
#include "Theme.h"

#include <QApplication>
#include <QFile>
#include <QRegularExpression>
#include <QStyle>
#include <QStyleFactory>
#include <QWidget>

#include <algorithm>
#include <cmath>

namespace Kiosk::Ui {

namespace {

Theme &applied()
{
    static Theme theme;
    return theme;
}

double channel(int value)
{
    const double c = value / 255.0;
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &c)
{
    return 0.2126 * channel(c.red()) + 0.7152 * channel(c.green()) + 0.0722 * channel(c.blue());
}

int scaled(int px, int percent)
{
    return (px * percent + 50) / 100;
}

} // namespace

double Theme::contrastRatio(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

Theme Theme::current()
{
    return applied();
}

Theme Theme::accessible() const
{
    Theme t = *this;
    t.largeText = true;
    t.fontScalePercent = 130;
    t.baseFont = scaled(baseFont, 130);
    t.titleFont = scaled(titleFont, 130);
    t.hugeFont = scaled(hugeFont, 130);
    t.background = QColor(0xff, 0xff, 0xff);
    t.surface = QColor(0xff, 0xff, 0xff);
    t.text = QColor(0x00, 0x00, 0x00);
    t.muted = QColor(0x2b, 0x2f, 0x36);
    t.border = QColor(0x00, 0x00, 0x00);
    t.accent = QColor(0x2e, 0x25, 0xb8);
    t.accentDark = QColor(0x1f, 0x18, 0x8a);
    t.pressed = QColor(0xd0, 0xd7, 0xde);
    t.success = QColor(0x0b, 0x4d, 0x1f);
    t.danger = QColor(0x9e, 0x0b, 0x1c);
    t.warningText = QColor(0x5c, 0x3b, 0x00);
    t.focus = QColor(0x00, 0x00, 0x00);
    t.focusOnDark = QColor(0xff, 0xd3, 0x3d);
    return t;
}

Theme Theme::forScreenWidth(int logicalWidth)
{
    Theme theme;
    if (logicalWidth >= 1600) {
        theme.baseFont = 20;
        theme.titleFont = 28;
        theme.hugeFont = 56;
    }
    return theme;
}

QString Theme::styleSheet() const
{
    QFile file(QStringLiteral(":/kiosk/styles/kiosk.qss"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QString qss = QString::fromUtf8(file.readAll());
    // The fixed sizes first: the @tokens@ below are already sized by this theme.
    if (fontScalePercent != 100) {
        static const QRegularExpression fixedSize(QStringLiteral("font-size:\\s*(\\d+)px"));
        QString out;
        qsizetype from = 0;
        for (auto it = fixedSize.globalMatch(qss); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            out += QStringView(qss).mid(from, m.capturedStart() - from);
            out += QStringLiteral("font-size: %1px").arg(scaled(m.captured(1).toInt(), fontScalePercent));
            from = m.capturedEnd();
        }
        out += QStringView(qss).mid(from);
        qss = out;
    }
    const auto colour = [&qss](const char *token, const QColor &c) {
        qss.replace(QLatin1Char('@') + QLatin1String(token) + QLatin1Char('@'), c.name());
    };
    const auto number = [&qss](const char *token, int n) {
        qss.replace(QLatin1Char('@') + QLatin1String(token) + QLatin1Char('@'), QString::number(n));
    };
    colour("background", background);
    colour("surface", surface);
    colour("text", text);
    colour("muted", muted);
    colour("border", border);
    colour("accent", accent);
    colour("accentDark", accentDark);
    colour("pressed", pressed);
    colour("disabledBg", disabledBg);
    colour("success", success);
    colour("danger", danger);
    colour("warning", warning);
    colour("warningText", warningText);
    colour("focusOnDark", focusOnDark);
    colour("focus", focus);
    number("baseFont", baseFont);
    number("titleFont", titleFont);
    number("hugeFont", hugeFont);
    return qss;
}

void Theme::apply(QApplication &app) const
{
    if (QStyle *fusion = QStyleFactory::create(QStringLiteral("Fusion")))
        QApplication::setStyle(fusion);
    app.setStyleSheet(styleSheet());
    applied() = *this;
}

void Theme::repolish(QWidget *widget)
{
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
    widget->update();
}

} // namespace Kiosk::Ui
