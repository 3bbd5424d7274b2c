// SPDX-License-Identifier: MIT
#include "PinDialog.h"

#include "Clock.h"
#include "ManagerService.h"
#include "OrderStatusStyle.h"
#include "PinVault.h"

#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace Kiosk::Ui {

namespace {

QString countdown(qint64 secs)
{
    if (secs >= 3600)
        return QStringLiteral("%1:%2:%3")
            .arg(secs / 3600)
            .arg((secs / 60) % 60, 2, 10, QLatin1Char('0'))
            .arg(secs % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(secs / 60).arg(secs % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

PinDialog::PinDialog(Kiosk::PinVault &vault, Mode mode, const QString &reason, QWidget *parent, int minimumLength)
    : QDialog(parent)
    , m_vault(&vault)
    , m_clock(vault.clock())
    , m_mode(mode)
    , m_minimumLength(std::clamp(minimumLength, Kiosk::PinVault::kMinLength, Kiosk::PinVault::kMaxLength))
{
    build(reason);
}

PinDialog::PinDialog(Kiosk::ManagerService &service, const Kiosk::Clock &clock, const QString &reason, QWidget *parent)
    : QDialog(parent)
    , m_service(&service)
    , m_clock(clock)
    , m_mode(Mode::Verify)
    , m_minimumLength(Kiosk::PinVault::kMinLength)
{
    build(reason);
}

void PinDialog::build(const QString &reason)
{
    setObjectName(QStringLiteral("pinDialog"));
    setModal(true);

    m_prompt = new QLabel(this);
    m_prompt->setObjectName(QStringLiteral("pinPrompt"));
    m_prompt->setAlignment(Qt::AlignCenter);
    QFont promptFont = m_prompt->font();
    promptFont.setPointSizeF(promptFont.pointSizeF() * 1.5);
    promptFont.setBold(true);
    m_prompt->setFont(promptFont);

    auto *reasonLabel = new QLabel(reason, this);
    reasonLabel->setObjectName(QStringLiteral("pinReason"));
    reasonLabel->setAlignment(Qt::AlignCenter);
    reasonLabel->setWordWrap(true);
    reasonLabel->setVisible(!reason.isEmpty());

    m_pin = new QLineEdit(this);
    m_pin->setObjectName(QStringLiteral("pinEdit"));
    m_pin->setEchoMode(QLineEdit::Password);
    m_pin->setAlignment(Qt::AlignCenter);
    m_pin->setMaxLength(Kiosk::PinVault::kMaxLength);
    m_pin->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]*")), m_pin));
    m_pin->setMinimumHeight(64);
    QFont pinFont = m_pin->font();
    pinFont.setPointSizeF(pinFont.pointSizeF() * 2.0);
    pinFont.setLetterSpacing(QFont::AbsoluteSpacing, 6);
    m_pin->setFont(pinFont);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("pinMessage"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setMinimumHeight(48);

    auto *keypad = new QGridLayout;
    keypad->setSpacing(10);
    const QString keys = QStringLiteral("123456789<0\n");
    for (int i = 0; i < keys.size(); ++i) {
        const QChar key = keys.at(i);
        QString label(key);
        const char *name = nullptr;
        if (key == QLatin1Char('<'))
            label = QStringLiteral("\u232b"), name = "keyErase";
        else if (key == QLatin1Char('\n'))
            name = "keyOk"; // text in retranslateUi()
        auto *button = new QPushButton(label, this);
        button->setObjectName(name ? QString::fromLatin1(name) : QString(QStringLiteral("key") + key));
        button->setMinimumSize(96, 72);
        button->setFocusPolicy(Qt::NoFocus);
        button->setAutoDefault(false);
        QFont f = button->font();
        f.setPointSizeF(f.pointSizeF() * 1.6);
        button->setFont(f);
        if (key == QLatin1Char('<'))
            m_erase = button;
        if (key == QLatin1Char('\n')) {
            m_ok = button;
            button->setProperty("role", QStringLiteral("primary"));
        }
        connect(button, &QPushButton::clicked, this, [this, key]() { pressKey(key); });
        keypad->addWidget(button, i / 3, i % 3);
        m_keys.append(button);
    }

    auto *cancel = new QPushButton(this);
    m_cancel = cancel;
    cancel->setObjectName(QStringLiteral("pinCancel"));
    cancel->setMinimumHeight(56);
    cancel->setAutoDefault(false);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->setSpacing(12);
    layout->addWidget(m_prompt);
    layout->addWidget(reasonLabel);
    layout->addWidget(m_pin);
    layout->addWidget(m_message);
    layout->addLayout(keypad);
    layout->addWidget(cancel);

    connect(m_pin, &QLineEdit::returnPressed, this, &PinDialog::submit);
    connect(m_pin, &QLineEdit::textEdited, this, [this] { m_lastInputSecs = m_clock.nowSecs(); });

    m_lastInputSecs = m_clock.nowSecs();
    m_idleTimer = new QTimer(this);
    m_idleTimer->setInterval(1000);
    connect(m_idleTimer, &QTimer::timeout, this, &PinDialog::checkIdle);
    m_idleTimer->start();

    m_lockTimer = new QTimer(this);
    m_lockTimer->setInterval(1000);
    connect(m_lockTimer, &QTimer::timeout, this, &PinDialog::updateLockout);

    retranslateUi();
    setStep(m_mode == Mode::Create ? Step::NewPin : Step::Current);
    if (m_mode == Mode::Create && !reason.isEmpty())
        showMessage(tr("No manager PIN has been set yet. Choose %1 to %2 digits.")
                        .arg(m_minimumLength)
                        .arg(Kiosk::PinVault::kMaxLength),
            false);
    updateLockout();
}

PinDialog::~PinDialog() = default;

void PinDialog::retranslateUi()
{
    setWindowTitle(tr("Manager PIN"));
    m_ok->setText(tr("OK", "confirm the PIN"));
    m_erase->setAccessibleName(tr("Erase the last digit"));
    m_cancel->setText(tr("Cancel"));
    m_pin->setAccessibleName(tr("PIN"));
    switch (m_step) {
    case Step::Current:
        m_prompt->setText(m_mode == Mode::Change ? tr("Enter the current PIN") : tr("Enter the manager PIN"));
        break;
    case Step::NewPin:
        m_prompt->setText(tr("Choose a new PIN"));
        break;
    case Step::Confirm:
        m_prompt->setText(tr("Enter the new PIN again"));
        break;
    }
}

void PinDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

QString PinDialog::describePinRule(const Kiosk::Error &error, const QString &pin, int minimumLength)
{
    if (error.code == QLatin1String("invalid_pin"))
        return tr("The PIN must have %1 to %2 digits.").arg(minimumLength).arg(Kiosk::PinVault::kMaxLength);
    if (error.code == QLatin1String("weak_pin")) {
        const bool repeated = std::all_of(pin.cbegin(), pin.cend(), [&pin](QChar c) { return c == pin.front(); });
        return repeated ? tr("The PIN must not be one digit repeated, like 0000.")
                        : tr("The PIN must not be a run of digits, like 1234 or 9876.");
    }
    return error.message;
}

bool PinDialog::requestManager(Kiosk::ManagerService &service, Kiosk::PinVault *vault, const Kiosk::Clock &clock,
    QWidget *parent, const QString &reason)
{
    if (vault && !vault->isSet()) {
        PinDialog create(*vault, Mode::Create, reason, parent);
        return create.exec() == QDialog::Accepted;
    }
    PinDialog dialog(service, clock, reason, parent);
    return dialog.exec() == QDialog::Accepted;
}

bool PinDialog::requestPin(Kiosk::PinVault &vault, QWidget *parent, const QString &reason)
{
    PinDialog dialog(vault, vault.isSet() ? Mode::Verify : Mode::Create, reason, parent);
    return dialog.exec() == QDialog::Accepted;
}

bool PinDialog::changePin(Kiosk::PinVault &vault, QWidget *parent, const QString &reason, int minimumLength)
{
    PinDialog dialog(vault, vault.isSet() ? Mode::Change : Mode::Create,
        reason.isEmpty() ? tr("Change the manager PIN") : reason, parent, minimumLength);
    return dialog.exec() == QDialog::Accepted;
}

QString PinDialog::message() const
{
    return m_message->text();
}

void PinDialog::checkIdle()
{
    if (isVisible() && m_clock.nowSecs() - m_lastInputSecs >= m_idleTimeoutSecs)
        reject();
}

void PinDialog::keyPressEvent(QKeyEvent *event)
{
    m_lastInputSecs = m_clock.nowSecs();
    QDialog::keyPressEvent(event);
}

void PinDialog::pressKey(QChar key)
{
    m_lastInputSecs = m_clock.nowSecs();
    if (!m_pin->isEnabled())
        return;
    if (key == QLatin1Char('\n')) {
        submit();
    } else if (key == QLatin1Char('<')) {
        m_pin->backspace();
    } else if (key.isDigit() && m_pin->text().size() < Kiosk::PinVault::kMaxLength) {
        m_pin->insert(QString(key));
    }
}

void PinDialog::setStep(Step step)
{
    m_step = step;
    m_pin->clear();
    retranslateUi(); // the prompt of the step
}

void PinDialog::showMessage(const QString &text, bool error)
{
    OrderStatusStyle::showMessage(m_message, text, error);
}

void PinDialog::setKeysEnabled(bool enabled)
{
    m_pin->setEnabled(enabled);
    for (QPushButton *key : std::as_const(m_keys))
        key->setEnabled(enabled);
}

void PinDialog::updateLockout()
{
    qint64 secs = 0;
    if (m_service)
        secs = std::max<qint64>(0, m_lockedUntilSecs - m_clock.nowSecs());
    else if (m_step == Step::Current)
        secs = m_vault->lockedForSecs();
    const bool locked = secs > 0;
    setKeysEnabled(!locked && !m_checking);
    if (locked) {
        showMessage(m_service ? tr("Too many attempts, try again in %n s.", nullptr, int(secs))
                              : tr("Too many wrong PINs. Try again in %1.").arg(countdown(secs)),
            true);
        if (!m_lockTimer->isActive())
            m_lockTimer->start();
    } else if (m_lockTimer->isActive()) {
        m_lockTimer->stop();
        showMessage(tr("You can try again now."), false);
        m_pin->setFocus();
    }
}

void PinDialog::submit()
{
    const QString entered = m_pin->text();
    switch (m_step) {
    case Step::Current: {
        if (entered.isEmpty() || m_checking)
            return;
        if (m_service) {
            checkThroughService(entered);
            return;
        }
        const auto verdict = m_vault->verify(entered);
        m_pin->clear();
        if (verdict == Kiosk::PinVault::Verdict::Ok) {
            if (m_mode == Mode::Verify) {
                accept();
            } else {
                showMessage(QString(), false);
                setStep(Step::NewPin);
            }
        } else if (verdict == Kiosk::PinVault::Verdict::Wrong) {
            const int left = m_vault->triesLeft();
            showMessage(tr("Wrong PIN. %n tries left before the PIN is locked.", nullptr, left), true);
        } else {
            updateLockout();
        }
        return;
    }
    case Step::NewPin: {
        if (const Kiosk::Status rules = Kiosk::PinVault::checkPinRules(entered, m_minimumLength); !rules) {
            m_pin->clear();
            showMessage(describePinRule(rules.error(), entered, m_minimumLength), true);
            return;
        }
        m_firstEntry = entered;
        showMessage(QString(), false);
        setStep(Step::Confirm);
        return;
    }
    case Step::Confirm: {
        if (entered != m_firstEntry) {
            m_firstEntry.clear();
            setStep(Step::NewPin);
            showMessage(tr("The two PINs were different. Choose the new PIN again."), true);
            return;
        }
        const Kiosk::Status saved = m_vault->setPin(entered);
        m_firstEntry.clear();
        if (!saved) {
            setStep(Step::NewPin);
            showMessage(tr("The PIN could not be saved: %1").arg(saved.error().message), true);
            return;
        }
        accept();
        return;
    }
    }
}

void PinDialog::checkThroughService(const QString &pin)
{
    m_pin->clear();
    m_checking = true;
    setKeysEnabled(false);
    showMessage(tr("Checking the PIN\u2026"), false);
    m_service->checkManagerPin(pin, this, [this](Kiosk::Result<Kiosk::ManagerPinCheck> check) {
        m_checking = false;
        if (!check) {
            setKeysEnabled(true);
            showMessage(tr("The PIN could not be checked: %1").arg(check.error().message), true);
            return;
        }
        switch (check->verdict) {
        case Kiosk::ManagerPinCheck::Verdict::Ok:
            accept();
            return;
        case Kiosk::ManagerPinCheck::Verdict::Wrong:
            setKeysEnabled(true);
            if (check->triesLeft >= 0)
                showMessage(tr("Wrong PIN. %n tries left before the PIN is locked.", nullptr, check->triesLeft), true);
            else
                showMessage(tr("Wrong PIN."), true);
            m_pin->setFocus();
            return;
        case Kiosk::ManagerPinCheck::Verdict::LockedOut:
            m_lockedUntilSecs = m_clock.nowSecs() + check->retryAfterSecs;
            updateLockout();
            return;
        }
    });
}

} // namespace Kiosk::Ui
