// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace Kiosk::Ui {

/**
 * "Are you still there?" over the whole window, with the seconds left before the kiosk starts
 * over and a large "I'm still here" button. Covers its parent and follows its size. Any tap
 * answers it (the InactivityWatch sees the tap); the button only makes that obvious.
 */
class StillThereOverlay final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StillThereOverlay)

public:
    explicit StillThereOverlay(QWidget *parent);

    /** Shows the question with this many seconds left, raised over everything. */
    void ask(int secondsLeft);
    void setSecondsLeft(int secondsLeft);
    [[nodiscard]] QString countdownText() const;
    [[nodiscard]] QPushButton *stayButton() const { return m_stay; }

Q_SIGNALS:
    void stayRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_title = nullptr;
    QLabel *m_countdown = nullptr;
    QPushButton *m_stay = nullptr;
    int m_left = 0;
};

} // namespace Kiosk::Ui
