// SPDX-License-Identifier: MIT
#include "Theme.h"

#include <QApplication>
#include <QFile>
#include <QStyle>
#include <QStyleFactory>
#include <QWidget>

namespace Kiosk::Ui {

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
}

void Theme::repolish(QWidget *widget)
{
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
    widget->update();
}

} // namespace Kiosk::Ui
