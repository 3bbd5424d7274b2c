// SPDX-License-Identifier: MIT
#pragma once

#include "KeySource.h"

#include <QHash>
#include <QVariantMap>
#include <QWidget>

#include <functional>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QScrollArea;
class QSettings;
class QSpinBox;

namespace Kiosk {
class PinVault;
}

namespace Kiosk::Ui {

class SecretStore;

/**
 * Kiosk settings a manager may change. Plain fields live in QSettings under stripe/mode,
 * stripe/apiBase, server/webhookPort, shop/currency, kiosk/id, kiosk/cashier and
 * kiosk/resultDelaySecs. The Stripe secret key and webhook secret go to the keyring
 * (SecretStore) and never to QSettings; without a keyring they come from the environment
 * (CHECKOUT_KIOSK_STRIPE_SECRET_KEY, CHECKOUT_KIOSK_STRIPE_WEBHOOK_SECRET) or an owner-only
 * --secrets-file. Only masked keys are ever shown, with where the running kiosk's key came from.
 * An invalid value gets its message in red right under its field; the first one is scrolled
 * into view and focused. Every field is read at start-up, so after a saved change "Restart now"
 * appears. Also hosts "Change PIN", through the kiosk's one PinVault (which must outlive the
 * page), never through the order store.
 */
class SettingsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsPage)

public:
    SettingsPage(Kiosk::PinVault *vault, QSettings *settings, SecretStore *secrets, QWidget *parent = nullptr);
    ~SettingsPage() override;

    /** Re-reads every field from QSettings and the keyring. */
    void load();
    /** Validates and saves; false (and a message on the page) when something is invalid. */
    bool save();
    [[nodiscard]] QString message() const;
    /** The error shown under a field (by the field's object name, "currencyCombo"); empty when
     *  the field is fine. */
    [[nodiscard]] QString fieldError(const QString &fieldName) const;

    /** The running catalog's currency: the only shop currency that can be saved (the catalog's
     *  prices are in it; orders already taken keep theirs). Shown when none is saved yet. */
    void setCatalogCurrency(const QString &code);
    /** Where the running kiosk's secret key and webhook secret came from (AppConfig). */
    void setKeySources(const KeySource &secretKey, const KeySource &webhookSecret);
    /** What "Restart now" does; AppRestart::request() unless replaced (tests). */
    void setRestarter(std::function<void()> restarter);

Q_SIGNALS:
    /** Everything was written (the keyring included). */
    void saved();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateModeDependentFields();
    void updateKeyLabels();
    void showMessage(const QString &text, bool error);
    void showFieldError(QWidget *field, const QString &text);
    void clearFieldErrors();
    [[nodiscard]] QVariantMap fieldValues() const;
    [[nodiscard]] bool hasRunningKey() const;
    void changePin();

    Kiosk::PinVault *m_vault;
    QSettings *m_settings;
    SecretStore *m_secrets;
    QString m_storedSecretKey; // held only to show its masked form and to know one exists
    QString m_storedWebhookSecret;
    QComboBox *m_mode = nullptr;
    QLineEdit *m_apiBase = nullptr;
    QLineEdit *m_secretKey = nullptr;
    QLabel *m_secretKeyState = nullptr;
    QLineEdit *m_webhookSecret = nullptr;
    QLabel *m_webhookSecretState = nullptr;
    QLabel *m_keyringNote = nullptr;
    QSpinBox *m_port = nullptr;
    QComboBox *m_currency = nullptr;
    QLineEdit *m_kioskId = nullptr;
    QLineEdit *m_cashier = nullptr;
    QLineEdit *m_shopServer = nullptr;
    QLineEdit *m_tokenFile = nullptr;
    QSpinBox *m_resultDelay = nullptr;
    QLabel *m_currencyNote = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_restart = nullptr;
    QScrollArea *m_scroll = nullptr;
    QHash<QWidget *, QLabel *> m_fieldErrors;
    QString m_catalogCurrency;
    KeySource m_secretKeySource;
    KeySource m_webhookSecretSource;
    QVariantMap m_running; ///< the values the running kiosk started with (or last loaded)
    std::function<void()> m_restarter;
    QPushButton *m_changePin = nullptr;
    QList<QPair<QWidget *, const char *>> m_fieldLabels; ///< field, untranslated label (QT_TR_NOOP)
    QFormLayout *m_form = nullptr;
};

} // namespace Kiosk::Ui
