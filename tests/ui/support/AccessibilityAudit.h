// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QLineEdit>
#include <QStringList>
#include <QWidget>

namespace Kiosk::Test {

/**
 * The controls under `root` a screen reader could not name: every visible button, text field,
 * spin box, combo box, list or slider whose accessible name (QAccessible, what assistive
 * technology reads out) has no letter. "×" or "+" alone names nothing.
 */
inline QStringList unnamedControls(QWidget *root)
{
    QStringList unnamed;
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        const bool control = qobject_cast<QAbstractButton *>(w) || qobject_cast<QLineEdit *>(w)
            || qobject_cast<QAbstractSpinBox *>(w) || qobject_cast<QComboBox *>(w)
            || qobject_cast<QAbstractItemView *>(w) || qobject_cast<QAbstractSlider *>(w);
        if (!control || !w->isVisibleTo(root))
            continue;
        // Parts of a composite control (a spin box's line edit, a combo box's view) are named by it.
        if (qobject_cast<QAbstractSpinBox *>(w->parentWidget()) || qobject_cast<QComboBox *>(w->parentWidget()))
            continue;
        if (qobject_cast<QAbstractSlider *>(w) && qobject_cast<QAbstractItemView *>(w->parentWidget()->parentWidget()))
            continue; // a list's own scroll bar
        QAccessibleInterface *a = QAccessible::queryAccessibleInterface(w);
        const QString name = a ? a->text(QAccessible::Name) : QString();
        bool hasLetter = false;
        for (const QChar c : name)
            hasLetter = hasLetter || c.isLetter();
        if (!hasLetter)
            unnamed << QStringLiteral("%1 %2 \"%3\"")
                           .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(), name);
    }
    return unnamed;
}

} // namespace Kiosk::Test

/** Every control a customer or cashier can reach on `widget` has an accessible name. */
#define EXPECT_NAMED_CONTROLS(widget)                                                                                  \
    QVERIFY2(Kiosk::Test::unnamedControls(widget).isEmpty(),                                                           \
        qPrintable(QStringLiteral("unnamed: ") + Kiosk::Test::unnamedControls(widget).join(QStringLiteral(", "))))
