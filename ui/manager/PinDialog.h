// SPDX-License-Identifier: MIT
#pragma once

#include "Result.h"

#include <QDialog>

class QKeyEvent;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace Kiosk {
class Clock;
class ManagerService;
class PinVault;
} // namespace Kiosk

namespace Kiosk::Ui {

/**
 * Asks for the manager PIN on a large touch keypad (the keyboard works too). Three modes:
 * Verify (asks the PIN, shows wrong tries and the remaining lockout), Create (first run: new PIN
 * twice) and Change (current PIN, then the new one twice). The vault must outlive the dialog.
 * Opening the manager screens verifies through a ManagerService instead (the embedded till's
 * vault or the shop server, asynchronously): the keypad waits for the answer, a lockout shows
 * "Too many attempts, try again in N s" and counts down. Left alone for idleTimeoutSecs (60 s by
 * default, counted on the vault's or the given clock) it closes as cancelled, so a half-typed PIN
 * never waits on an unattended screen.
 */
class PinDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PinDialog)

public:
    enum class Mode { Verify, Create, Change };

    /** minimumLength: digits a new PIN needs (0: the vault's minimum; see PinVault::checkPinRules). */
    PinDialog(
        Kiosk::PinVault &vault, Mode mode, const QString &reason, QWidget *parent = nullptr, int minimumLength = 0);
    /** Verify mode through `service` (checkManagerPin); the service and clock must outlive it. */
    PinDialog(
        Kiosk::ManagerService &service, const Kiosk::Clock &clock, const QString &reason, QWidget *parent = nullptr);
    ~PinDialog() override;

    /** Modal: true once `service` accepted the PIN entered (a manager session is open). On an
     *  embedded till's first run (`vault` without a PIN yet) asks to set one instead. */
    static bool requestManager(Kiosk::ManagerService &service, Kiosk::PinVault *vault, const Kiosk::Clock &clock,
        QWidget *parent, const QString &reason);
    /** Modal: true once the right PIN was entered. On first run (no PIN yet) asks to set one. */
    static bool requestPin(Kiosk::PinVault &vault, QWidget *parent, const QString &reason);
    /** Modal: asks the current PIN, then a new one twice (of at least minimumLength digits), or
     *  just the new one when none is set. True when the PIN was changed. */
    static bool changePin(
        Kiosk::PinVault &vault, QWidget *parent, const QString &reason = QString(), int minimumLength = 0);

    [[nodiscard]] Mode mode() const { return m_mode; }
    /** The sentence currently shown under the PIN field (errors, lockout countdown). */
    [[nodiscard]] QString message() const;

    /** Presses a keypad key: '0'–'9', '<' (erase) or '\n' (OK). */
    void pressKey(QChar key);

    void setIdleTimeoutSecs(int secs) { m_idleTimeoutSecs = qMax(1, secs); }
    [[nodiscard]] int idleTimeoutSecs() const { return m_idleTimeoutSecs; }
    /** Closes the dialog (rejected) when nothing was typed for idleTimeoutSecs; run every second. */
    void checkIdle();

protected:
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    enum class Step { Current, NewPin, Confirm };
    void retranslateUi();
    /** Why a new PIN was refused, in the current language (the vault's text is English). */
    static QString describePinRule(const Kiosk::Error &error, const QString &pin, int minimumLength);
    void submit();
    void setStep(Step step);
    void updateLockout();
    void showMessage(const QString &text, bool error);
    void build(const QString &reason);
    void checkThroughService(const QString &pin);
    void setKeysEnabled(bool enabled);

    Kiosk::PinVault *m_vault = nullptr;
    Kiosk::ManagerService *m_service = nullptr;
    const Kiosk::Clock &m_clock;
    qint64 m_lockedUntilSecs = 0; ///< service checks: the server's lockout ends then (m_clock)
    bool m_checking = false;
    Mode m_mode;
    int m_minimumLength;
    Step m_step = Step::Current;
    QString m_firstEntry;
    QLabel *m_prompt = nullptr;
    QLabel *m_message = nullptr;
    QLineEdit *m_pin = nullptr;
    QPushButton *m_ok = nullptr;
    QPushButton *m_erase = nullptr;
    QPushButton *m_cancel = nullptr;
    QList<QPushButton *> m_keys;
    QTimer *m_lockTimer = nullptr;
    QTimer *m_idleTimer = nullptr;
    int m_idleTimeoutSecs = 60;
    qint64 m_lastInputSecs = 0;
};

} // namespace Kiosk::Ui
