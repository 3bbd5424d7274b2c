// SPDX-License-Identifier: MIT
#include "SettingsPage.h"

#include "AppRestart.h"
#include "Currency.h"
#include "Log.h"
#include "OrderStatusStyle.h"
#include "PinDialog.h"
#include "PinVault.h"
#include "PrivateFiles.h"
#include "SecretStore.h"
#include "SettingsValidator.h"
#include "Theme.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

#include <memory>

namespace Kiosk::Ui {

namespace {

const QString kMode = QStringLiteral("stripe/mode");
const QString kApiBase = QStringLiteral("stripe/apiBase");
const QString kPort = QStringLiteral("server/webhookPort");
const QString kCurrency = QStringLiteral("shop/currency");
const QString kKioskId = QStringLiteral("kiosk/id");
const QString kCashier = QStringLiteral("kiosk/cashier");
const QString kResultDelay = QStringLiteral("kiosk/resultDelaySecs");
const QString kShopServer = QStringLiteral("shop/server"); // AppConfig reads these two
const QString kTokenFile = QStringLiteral("shop/tokenFile");

template <typename W> W *touch(W *widget, const char *name)
{
    widget->setObjectName(QLatin1String(name));
    widget->setMinimumHeight(48);
    return widget;
}

} // namespace

SettingsPage::SettingsPage(Kiosk::PinVault *vault, QSettings *settings, SecretStore *secrets, QWidget *parent)
    : QWidget(parent)
    , m_vault(vault)
    , m_settings(settings)
    , m_secrets(secrets)
{
    setObjectName(QStringLiteral("settingsPage"));

    m_mode = touch(new QComboBox(this), "modeCombo");
    m_mode->addItem(QString(), QStringLiteral("demo"));
    m_mode->addItem(QString(), QStringLiteral("stripe"));
    m_apiBase = touch(new QLineEdit(this), "apiBaseEdit");
    m_apiBase->setPlaceholderText(QStringLiteral("https://api.stripe.com"));
    m_secretKey = touch(new QLineEdit(this), "secretKeyEdit");
    m_secretKey->setEchoMode(QLineEdit::Password);
    m_secretKeyState = new QLabel(this);
    m_secretKeyState->setObjectName(QStringLiteral("secretKeyState"));
    m_webhookSecret = touch(new QLineEdit(this), "webhookSecretEdit");
    m_webhookSecret->setEchoMode(QLineEdit::Password);
    m_webhookSecretState = new QLabel(this);
    m_webhookSecretState->setObjectName(QStringLiteral("webhookSecretState"));
    m_keyringNote = new QLabel(this);
    m_keyringNote->setObjectName(QStringLiteral("keyringNote"));
    m_keyringNote->setWordWrap(true);
    m_port = touch(new QSpinBox(this), "portSpin");
    m_port->setRange(0, 65535);
    m_currency = touch(new QComboBox(this), "currencyCombo");
    m_currency->setEditable(true);
    m_currency->setInsertPolicy(QComboBox::NoInsert);
    for (const Kiosk::Currency &c : Kiosk::Currency::all())
        m_currency->addItem(c.code);
    m_kioskId = touch(new QLineEdit(this), "kioskIdEdit");
    m_cashier = touch(new QLineEdit(this), "cashierEdit");
    m_resultDelay = touch(new QSpinBox(this), "resultDelaySpin");
    m_resultDelay->setRange(1, 600);
    m_currencyNote = new QLabel(this);
    m_currencyNote->setObjectName(QStringLiteral("currencyNote"));
    m_currencyNote->setWordWrap(true);
    m_restarter = [] { AppRestart::request(); };
    m_shopServer = touch(new QLineEdit(this), "shopServerEdit");
    m_shopServer->setPlaceholderText(QStringLiteral("https://shop-server:8787"));
    m_tokenFile = touch(new QLineEdit(this), "tokenFileEdit");

    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->setVerticalSpacing(10);
    m_form = form;
    m_fieldLabels = { { m_mode, QT_TR_NOOP("Payments") }, { m_apiBase, QT_TR_NOOP("Stripe API address") },
        { m_secretKey, QT_TR_NOOP("Secret key") }, { m_webhookSecret, QT_TR_NOOP("Webhook signing secret") },
        { m_port, QT_TR_NOOP("Webhook port") }, { m_currency, QT_TR_NOOP("Shop currency") },
        { m_kioskId, QT_TR_NOOP("Kiosk id") }, { m_cashier, QT_TR_NOOP("Cashier") },
        { m_resultDelay, QT_TR_NOOP("Show result for") }, { m_shopServer, QT_TR_NOOP("Shop server") },
        { m_tokenFile, QT_TR_NOOP("Till token file") } };
    for (QWidget *field : std::initializer_list<QWidget *> { m_mode, m_apiBase, m_secretKey, m_secretKeyState,
             m_webhookSecret, m_webhookSecretState, m_keyringNote, m_port, m_currency, m_kioskId, m_cashier,
             m_resultDelay, m_shopServer, m_tokenFile }) {
        const bool labelled = std::any_of(m_fieldLabels.cbegin(), m_fieldLabels.cend(),
            [field](const QPair<QWidget *, const char *> &entry) { return entry.first == field; });
        form->addRow(labelled ? new QLabel(this) : nullptr, field);
        if (field == m_currency)
            form->addRow(nullptr, m_currencyNote);
        if (!labelled)
            continue;
        // Its error, in red right under it (hidden while the field is fine).
        auto *error = new QLabel(this);
        error->setObjectName(field->objectName() + QStringLiteral("Error"));
        error->setWordWrap(true);
        m_fieldErrors.insert(field, error);
        form->addRow(nullptr, error);
        form->setRowVisible(error, false);
    }

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("settingsMessage"));
    m_message->setWordWrap(true);
    m_save = touch(new QPushButton(this), "saveButton");
    m_save->setDefault(true);
    m_save->setProperty("role", QStringLiteral("primary"));
    m_changePin = touch(new QPushButton(this), "changePinButton");
    m_restart = touch(new QPushButton(this), "restartButton");
    m_restart->hide(); // until a saved change needs it
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_changePin);
    m_changePin->setVisible(m_vault != nullptr); // a remote till's PIN is the shop server's
    buttons->addStretch(1);
    buttons->addWidget(m_restart);
    buttons->addWidget(m_save);

    // A form stretched over a wide kiosk screen is hard to read: keep it to a comfortable width.
    auto *column = new QWidget(this);
    column->setMaximumWidth(820);
    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->setContentsMargins(0, 0, 0, 0);
    columnLayout->addLayout(form);
    columnLayout->addWidget(m_message);
    columnLayout->addStretch(1);
    auto *content = new QWidget(this);
    auto *contentLayout = new QHBoxLayout(content);
    contentLayout->addWidget(column, 1);
    contentLayout->addStretch(0);
    auto *scroll = m_scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addLayout(buttons);

    connect(m_mode, &QComboBox::currentIndexChanged, this, &SettingsPage::updateModeDependentFields);
    connect(m_save, &QPushButton::clicked, this, &SettingsPage::save);
    connect(m_changePin, &QPushButton::clicked, this, &SettingsPage::changePin);
    connect(m_restart, &QPushButton::clicked, this, [this] {
        if (m_restarter)
            m_restarter();
    });
    connect(m_secrets, &SecretStore::availabilityChanged, this, &SettingsPage::updateKeyLabels);

    retranslateUi();
    load();
    m_running = fieldValues();
}

void SettingsPage::retranslateUi()
{
    m_mode->setItemText(
        m_mode->findData(QStringLiteral("demo")), tr("Demo \u2014 built-in Stripe simulator, no real payments"));
    m_mode->setItemText(m_mode->findData(QStringLiteral("stripe")), tr("Stripe \u2014 real test or live secret key"));
    m_secretKey->setPlaceholderText(tr("Paste a new key to replace the stored one"));
    m_webhookSecret->setPlaceholderText(tr("Paste a new signing secret (whsec_\u2026)"));
    m_port->setSpecialValueText(tr("Automatic", "webhook port chosen by the kiosk"));
    m_resultDelay->setSuffix(tr(" s", "seconds, after a number"));
    for (const auto &[field, text] : std::as_const(m_fieldLabels)) {
        auto *label = qobject_cast<QLabel *>(m_form->labelForField(field));
        if (label) {
            label->setText(tr(text));
            label->setBuddy(field);
        }
        field->setAccessibleName(tr(text));
    }
    m_save->setText(tr("Save settings"));
    m_changePin->setText(tr("Change manager PIN\u2026"));
    m_restart->setText(tr("Restart now"));
    m_restart->setAccessibleName(m_restart->text());
    m_currencyNote->setText(m_catalogCurrency.isEmpty()
            ? QString()
            : tr("The catalog\u2019s prices are in %1, so the shop sells in %1. Orders already taken keep "
                 "their own currency.")
                  .arg(m_catalogCurrency));
    m_currencyNote->setVisible(!m_catalogCurrency.isEmpty());
}

void SettingsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        updateKeyLabels();
    }
    QWidget::changeEvent(event);
}

SettingsPage::~SettingsPage() = default;

void SettingsPage::load()
{
    const QString mode = m_settings->value(kMode, QStringLiteral("demo")).toString();
    m_mode->setCurrentIndex(std::max(0, m_mode->findData(mode)));
    m_apiBase->setText(m_settings->value(kApiBase).toString());
    m_port->setValue(m_settings->value(kPort, 0).toInt());
    m_currency->setCurrentText(
        m_settings->value(kCurrency, m_catalogCurrency.isEmpty() ? QStringLiteral("USD") : m_catalogCurrency)
            .toString());
    m_kioskId->setText(m_settings->value(kKioskId, QStringLiteral("K1")).toString());
    m_cashier->setText(m_settings->value(kCashier).toString());
    m_resultDelay->setValue(m_settings->value(kResultDelay, 15).toInt());
    m_shopServer->setText(m_settings->value(kShopServer).toString());
    m_tokenFile->setText(m_settings->value(kTokenFile).toString());
    m_secretKey->clear();
    m_webhookSecret->clear();
    m_storedSecretKey.clear();
    m_storedWebhookSecret.clear();
    if (m_secrets->isAvailable()) {
        m_secrets->readSecret(SecretStore::secretKeyName(), this, [this](const Kiosk::Result<QString> &r) {
            m_storedSecretKey = r.ok() ? r.value() : QString();
            updateKeyLabels();
        });
        m_secrets->readSecret(SecretStore::webhookSecretName(), this, [this](const Kiosk::Result<QString> &r) {
            m_storedWebhookSecret = r.ok() ? r.value() : QString();
            updateKeyLabels();
        });
    }
    updateKeyLabels();
    updateModeDependentFields();
}

void SettingsPage::updateModeDependentFields()
{
    const bool stripe = m_mode->currentData().toString() == QStringLiteral("stripe");
    for (QWidget *w : { static_cast<QWidget *>(m_apiBase), static_cast<QWidget *>(m_secretKey),
             static_cast<QWidget *>(m_webhookSecret) })
        w->setEnabled(stripe && (w == m_apiBase || m_secrets->isAvailable()));
}

void SettingsPage::updateKeyLabels()
{
    const auto describe = [](const QString &stored, const KeySource &running) -> QString {
        switch (running.from) {
        case KeySource::From::CommandLine:
            return tr("In use from the command line: %1").arg(running.masked);
        case KeySource::From::Environment:
            return tr("In use from the environment: %1").arg(running.masked);
        case KeySource::From::SecretsFile:
            return tr("In use from the secrets file %1: %2").arg(running.file, running.masked);
        case KeySource::From::Keyring:
            return tr("In use from the keyring: %1").arg(running.masked);
        case KeySource::From::None:
            break;
        }
        if (!stored.isEmpty())
            return tr("Stored in the keyring: %1").arg(Kiosk::maskSecret(stored));
        return tr("Not set");
    };
    m_secretKeyState->setText(describe(m_storedSecretKey, m_secretKeySource));
    m_webhookSecretState->setText(describe(m_storedWebhookSecret, m_webhookSecretSource));
    if (m_secrets->isAvailable()) {
        m_keyringNote->setText(tr("Keys are kept in this computer's keyring, never in the settings file."));
    } else {
        m_keyringNote->setText(tr("No keyring is available on this computer, so keys cannot be saved here. Start "
                                  "the kiosk with the environment variables CHECKOUT_KIOSK_STRIPE_SECRET_KEY and "
                                  "CHECKOUT_KIOSK_STRIPE_WEBHOOK_SECRET, or with --secrets-file and a file only "
                                  "its owner can read (chmod 600) that sets them."));
    }
    updateModeDependentFields();
}

void SettingsPage::setCatalogCurrency(const QString &code)
{
    m_catalogCurrency = code.trimmed().toUpper();
    if (!m_settings->contains(kCurrency) && !m_catalogCurrency.isEmpty())
        m_currency->setCurrentText(m_catalogCurrency);
    m_running.insert(kCurrency, m_currency->currentText().trimmed().toUpper());
    retranslateUi();
}

void SettingsPage::setKeySources(const KeySource &secretKey, const KeySource &webhookSecret)
{
    m_secretKeySource = secretKey;
    m_webhookSecretSource = webhookSecret;
    updateKeyLabels();
}

void SettingsPage::setRestarter(std::function<void()> restarter)
{
    m_restarter = std::move(restarter);
}

bool SettingsPage::hasRunningKey() const
{
    return m_secretKeySource.from != KeySource::From::None;
}

QVariantMap SettingsPage::fieldValues() const
{
    return { { kMode, m_mode->currentData() }, { kApiBase, m_apiBase->text().trimmed() }, { kPort, m_port->value() },
        { kCurrency, m_currency->currentText().trimmed().toUpper() }, { kKioskId, m_kioskId->text().trimmed() },
        { kCashier, m_cashier->text().trimmed() }, { kResultDelay, m_resultDelay->value() } };
}

QString SettingsPage::fieldError(const QString &fieldName) const
{
    for (auto it = m_fieldErrors.cbegin(); it != m_fieldErrors.cend(); ++it) {
        if (it.key()->objectName() == fieldName)
            return m_form->isRowVisible(it.value()) ? it.value()->text() : QString();
    }
    return {};
}

void SettingsPage::showFieldError(QWidget *field, const QString &text)
{
    QLabel *label = m_fieldErrors.value(field);
    if (!label)
        return;
    OrderStatusStyle::showMessage(label, text, true);
    m_form->setRowVisible(label, true);
    field->setProperty("invalid", true);
    Theme::repolish(field);
}

void SettingsPage::clearFieldErrors()
{
    for (auto it = m_fieldErrors.cbegin(); it != m_fieldErrors.cend(); ++it) {
        it.value()->clear();
        m_form->setRowVisible(it.value(), false);
        it.key()->setProperty("invalid", false);
        Theme::repolish(it.key());
    }
}

QString SettingsPage::message() const
{
    return m_message->text();
}

void SettingsPage::showMessage(const QString &text, bool error)
{
    OrderStatusStyle::showMessage(m_message, text, error);
}

bool SettingsPage::save()
{
    const bool stripe = m_mode->currentData().toString() == QStringLiteral("stripe");
    const QString currency = m_currency->currentText().trimmed().toUpper();
    const QString newKey = m_secretKey->text().trimmed();
    const QString newWebhook = m_webhookSecret->text().trimmed();

    clearFieldErrors();
    QWidget *firstInvalid = nullptr;
    const auto check = [&](QWidget *field, const Kiosk::Status &status) {
        if (status)
            return;
        showFieldError(field, status.error().message);
        if (!firstInvalid)
            firstInvalid = field;
    };
    check(m_apiBase, SettingsValidator::apiBase(m_apiBase->text()));
    check(m_secretKey, SettingsValidator::secretKey(newKey));
    check(m_webhookSecret, SettingsValidator::webhookSecret(newWebhook));
    check(m_port, SettingsValidator::port(m_port->value()));
    const Kiosk::Status knownCurrency = SettingsValidator::currency(currency);
    check(m_currency, knownCurrency ? SettingsValidator::catalogCurrency(currency, m_catalogCurrency) : knownCurrency);
    check(m_kioskId, SettingsValidator::kioskId(m_kioskId->text().trimmed()));
    check(m_resultDelay, SettingsValidator::resultDelay(m_resultDelay->value()));
    check(m_shopServer, SettingsValidator::shopServer(m_shopServer->text().trimmed()));
    check(m_tokenFile,
        SettingsValidator::tokenFile(m_tokenFile->text().trimmed(), !m_shopServer->text().trimmed().isEmpty()));
    QStringList problems;
    if (stripe && !firstInvalid) {
        const bool haveKey = !newKey.isEmpty() || !m_storedSecretKey.isEmpty() || hasRunningKey();
        if (!haveKey)
            check(m_secretKey,
                Kiosk::makeError(QStringLiteral("invalid_setting"), tr("Stripe mode needs a secret key.")));
        if (m_vault && !m_vault->guardsRealKeys())
            problems << tr("Real Stripe keys need a manager PIN of at least %1 digits, not the demo PIN: "
                           "change the PIN first.")
                            .arg(Kiosk::PinVault::kMinLengthForRealKeys);
    }
    if (firstInvalid) {
        // The first problem where the eye is: scrolled into view, focused, said once below.
        m_scroll->ensureWidgetVisible(m_fieldErrors.value(firstInvalid));
        m_scroll->ensureWidgetVisible(firstInvalid);
        firstInvalid->setFocus(Qt::OtherFocusReason);
        showMessage(tr("Nothing was saved: correct the field marked in red."), true);
        return false;
    }
    if (!problems.isEmpty()) {
        showMessage(problems.join(QLatin1Char('\n')), true);
        return false;
    }

    // Owner-only, like the database; QSettings keeps the mode of the file it rewrites.
    if (const Kiosk::Status own = Kiosk::PrivateFiles::prepare(m_settings->fileName()); !own) {
        showMessage(tr("The settings could not be written: %1").arg(own.error().message), true);
        return false;
    }
    m_settings->setValue(kMode, stripe ? QStringLiteral("stripe") : QStringLiteral("demo"));
    m_settings->setValue(kApiBase, m_apiBase->text().trimmed());
    m_settings->setValue(kPort, m_port->value());
    m_settings->setValue(kCurrency, currency);
    m_settings->setValue(kKioskId, m_kioskId->text().trimmed());
    m_settings->setValue(kCashier, m_cashier->text().trimmed());
    m_settings->setValue(kResultDelay, m_resultDelay->value());
    m_settings->setValue(kShopServer, m_shopServer->text().trimmed());
    m_settings->setValue(kTokenFile, m_tokenFile->text().trimmed());
    m_settings->sync();
    if (m_settings->status() != QSettings::NoError) {
        showMessage(tr("The settings could not be written to %1.").arg(m_settings->fileName()), true);
        return false;
    }

    QList<std::pair<QString, QString>> secrets;
    if (!newKey.isEmpty())
        secrets.append({ SecretStore::secretKeyName(), newKey });
    if (!newWebhook.isEmpty())
        secrets.append({ SecretStore::webhookSecretName(), newWebhook });
    m_secretKey->clear();
    m_webhookSecret->clear();
    // Every field is read at start-up: a change takes effect after a restart.
    const bool needsRestart = !secrets.isEmpty() || fieldValues() != m_running;
    m_restart->setVisible(needsRestart);
    if (secrets.isEmpty()) {
        showMessage(needsRestart ? tr("Settings saved. Restart the kiosk to use them.") : tr("Settings saved."), false);
        Q_EMIT saved();
        return true;
    }

    auto pending = std::make_shared<int>(static_cast<int>(secrets.size()));
    auto failures = std::make_shared<QStringList>();
    for (const auto &[name, value] : secrets) {
        const QString keyName = name;
        const QString secretValue = value;
        m_secrets->writeSecret(
            keyName, secretValue, this, [this, pending, failures, keyName, secretValue](const Kiosk::Status &s) {
                if (s.ok()) {
                    if (keyName == SecretStore::secretKeyName())
                        m_storedSecretKey = secretValue;
                    else
                        m_storedWebhookSecret = secretValue;
                } else {
                    failures->append(s.error().message);
                }
                if (--*pending > 0)
                    return;
                updateKeyLabels();
                if (failures->isEmpty())
                    showMessage(tr("Settings saved; keys stored in the keyring."), false);
                else
                    showMessage(tr("Settings saved, but a key could not be stored in the keyring: %1")
                                    .arg(failures->join(QStringLiteral("; "))),
                        true);
                Q_EMIT saved();
            });
    }
    showMessage(tr("Saving keys to the keyring…"), false);
    return true;
}

void SettingsPage::changePin()
{
    if (!m_vault)
        return;
    Kiosk::PinVault &vault = *m_vault;
    // Once real keys are in play, a new PIN must be long enough to keep guarding them.
    const bool realKeys = m_settings->value(kMode).toString() == QStringLiteral("stripe")
        || m_mode->currentData().toString() == QStringLiteral("stripe") || !m_storedSecretKey.isEmpty()
        || hasRunningKey();
    const QString why = realKeys ? tr("Change the manager PIN (at least %1 digits with real Stripe keys)")
                                       .arg(Kiosk::PinVault::kMinLengthForRealKeys)
                                 : QString();
    if (PinDialog::changePin(vault, this, why, realKeys ? Kiosk::PinVault::kMinLengthForRealKeys : 0))
        showMessage(tr("The manager PIN was changed."), false);
}

} // namespace Kiosk::Ui
