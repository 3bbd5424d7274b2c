// SPDX-License-Identifier: MIT
#include "BarcodeScanFilter.h"

#include <QKeyEvent>
#include <QLineEdit>

namespace Kiosk::Ui {

BarcodeScanFilter::BarcodeScanFilter(QObject *parent)
    : QObject(parent)
{ }

void BarcodeScanFilter::setEnabled(bool enabled)
{
    m_enabled = enabled;
    reset();
}

void BarcodeScanFilter::reset()
{
    m_digits.clear();
    m_lineEdit.clear();
    m_textBefore.clear();
    m_cursorBefore = 0;
}

bool BarcodeScanFilter::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_enabled || event->type() != QEvent::KeyPress || !watched->isWidgetType())
        return QObject::eventFilter(watched, event);

    auto *widget = static_cast<QWidget *>(watched);
    // Key events often reuse one stack address, so the pointer alone does not identify an event:
    // it is the same one only when it moved on to a parent of the widget that saw it last.
    const bool propagated = event == m_lastEvent && m_lastReceiver && m_lastReceiver != watched
        && widget->isAncestorOf(static_cast<QWidget *>(m_lastReceiver.data()));
    m_lastEvent = event;
    m_lastReceiver = watched;
    if (propagated)
        return QObject::eventFilter(watched, event);
    return handleKey(watched, static_cast<QKeyEvent *>(event));
}

bool BarcodeScanFilter::handleKey(QObject *receiver, QKeyEvent *event)
{
    // Input time (milliseconds), not processing time. A key stamped before the previous one
    // (a clock wrap, never a scanner) counts as slow.
    const quint64 now = event->timestamp();
    const bool fast = !m_digits.isEmpty() && now >= m_lastKeyAt && now - m_lastKeyAt <= quint64(m_maxGapMs);
    const QString text = event->text();
    const bool plainDigit = text.size() == 1 && text.at(0).isDigit() && text.at(0).unicode() < 128
        && !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier));

    if (plainDigit) {
        if (!fast) {
            reset();
            // Remember what the line edit held before the burst, to undo the burst if it is a scan.
            if (auto *edit = qobject_cast<QLineEdit *>(receiver)) {
                m_lineEdit = edit;
                m_textBefore = edit->text();
                m_cursorBefore = edit->cursorPosition();
            }
        }
        m_digits.append(text);
        m_lastKeyAt = now;
        return false; // the digit reaches its widget as usual
    }

    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && fast && m_digits.size() >= m_minLength) {
        const QString code = m_digits;
        if (m_lineEdit && m_lineEdit->text() != m_textBefore) {
            m_lineEdit->setText(m_textBefore);
            m_lineEdit->setCursorPosition(m_cursorBefore);
        }
        reset();
        Q_EMIT scanned(code);
        return true;
    }
    // Shift and friends arrive on their own; they do not end a burst.
    if (event->key() == Qt::Key_Shift || event->key() == Qt::Key_Control || event->key() == Qt::Key_Alt)
        return false;
    reset();
    return false;
}

} // namespace Kiosk::Ui
