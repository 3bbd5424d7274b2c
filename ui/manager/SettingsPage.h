// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
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
 * (SecretStore) and never to QSettings; without a keyring they can only come from the
 * environment. Only masked keys are ever shown. Also hosts "Change PIN", through the kiosk's one
 * PinVault (which must outlive the page), never through the order store.
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
    QLabel *m_message = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_changePin = nullptr;
    QList<QPair<QWidget *, const char *>> m_fieldLabels; ///< field, untranslated label (QT_TR_NOOP)
    QFormLayout *m_form = nullptr;
};

} // namespace Kiosk::Ui
