// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

class QKeyEvent;
class QLineEdit;

namespace Kiosk::Ui {

/**
 * Recognises a barcode scanner acting as a keyboard: installed on the application, it watches
 * key presses wherever the focus is and reports a burst of digits typed faster than a person can
 * (every gap <= maxGapMs) and ended by Enter as scanned(code). Gaps are measured between the
 * key events' own timestamps (QKeyEvent::timestamp(), when the key was typed), never by when the
 * events are processed: on a busy machine the keys of a scan queue up and arrive late and
 * unevenly, but their timestamps stay a scanner's few milliseconds apart.
 *
 * It never swallows normal typing: digits always reach the focused widget. Only when the Enter
 * that completes a burst arrives is the burst recognised; then the Enter is consumed and, if the
 * digits went into a line edit (the search box, the email field), that line edit gets back the
 * text and cursor it had before the burst. A person typing digits and pressing Enter is slower
 * than the threshold and is left alone.
 */
class BarcodeScanFilter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BarcodeScanFilter)

public:
    explicit BarcodeScanFilter(QObject *parent = nullptr);

    void setMaxGapMs(int ms) { m_maxGapMs = ms; }
    void setMinLength(int length) { m_minLength = length; }
    void setEnabled(bool enabled);
    [[nodiscard]] bool isEnabled() const { return m_enabled; }

Q_SIGNALS:
    void scanned(const QString &code);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool handleKey(QObject *receiver, QKeyEvent *event);
    void reset();

    int m_maxGapMs = 50;
    int m_minLength = 6;
    bool m_enabled = true;

    QString m_digits;
    quint64 m_lastKeyAt = 0; ///< timestamp of the burst's last digit
    QPointer<QLineEdit> m_lineEdit;
    QString m_textBefore;
    int m_cursorBefore = 0;

    // The same key event is offered again to each parent while it propagates; only its first
    // delivery counts.
    const QEvent *m_lastEvent = nullptr;
    QPointer<QObject> m_lastReceiver;
};

} // namespace Kiosk::Ui
