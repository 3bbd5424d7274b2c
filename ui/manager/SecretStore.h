// SPDX-License-Identifier: MIT
#pragma once

#include "Result.h"

#include <QObject>

#include <functional>

namespace Kiosk::Ui {

/**
 * Secrets (Stripe secret key, webhook signing secret) in the desktop keyring through qtkeychain,
 * service "checkout-kiosk". Never falls back to the plain settings file: without a keyring the
 * secret comes from the environment (CHECKOUT_KIOSK_STRIPE_SECRET_KEY, …_WEBHOOK_SECRET) or an
 * owner-only --secrets-file (AppConfig).
 *
 * Asynchronous: callbacks run on the calling thread, only while `context` is alive. Errors never
 * contain the secret.
 */
class SecretStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretStore)

public:
    static QString serviceName() { return QStringLiteral("checkout-kiosk"); }
    static QString secretKeyName() { return QStringLiteral("stripe-secret-key"); }
    static QString webhookSecretName() { return QStringLiteral("stripe-webhook-secret"); }

    explicit SecretStore(QObject *parent = nullptr);
    ~SecretStore() override;

    /** A keyring looks usable: a D-Bus session exists and no job has reported "no backend". */
    [[nodiscard]] bool isAvailable() const;

    /** The stored secret; an empty string when none is stored ("not_found" is not an error). */
    void readSecret(const QString &key, QObject *context, std::function<void(Kiosk::Result<QString>)> callback);
    /** Stores (or, for an empty value, deletes) a secret. */
    void writeSecret(
        const QString &key, const QString &value, QObject *context, std::function<void(Kiosk::Status)> callback);

Q_SIGNALS:
    void availabilityChanged(bool available);

private:
    void markUnavailable();
    bool m_available;
};

} // namespace Kiosk::Ui
