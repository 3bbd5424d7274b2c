// SPDX-License-Identifier: MIT
#include "SecretStore.h"

#include <qt6keychain/keychain.h>

namespace Kiosk::Ui {

namespace {

bool meansNoKeyring(QKeychain::Error error)
{
    return error == QKeychain::NoBackendAvailable || error == QKeychain::NotImplemented;
}

} // namespace

SecretStore::SecretStore(QObject *parent)
    : QObject(parent)
    , m_available(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"))
{ }

SecretStore::~SecretStore() = default;

bool SecretStore::isAvailable() const
{
    return m_available;
}

void SecretStore::markUnavailable()
{
    if (!m_available)
        return;
    m_available = false;
    Q_EMIT availabilityChanged(false);
}

void SecretStore::readSecret(const QString &key, QObject *context, std::function<void(Kiosk::Result<QString>)> callback)
{
    if (!m_available) {
        QMetaObject::invokeMethod(
            context,
            [callback]() {
                callback(Kiosk::makeError(QStringLiteral("no_keyring"), tr("No keyring is available on this system.")));
            },
            Qt::QueuedConnection);
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(serviceName(), this);
    job->setKey(key);
    job->setInsecureFallback(false);
    connect(job, &QKeychain::Job::finished, context, [this, job, callback](QKeychain::Job *) {
        if (job->error() == QKeychain::NoError)
            callback(job->textData());
        else if (job->error() == QKeychain::EntryNotFound)
            callback(QString());
        else {
            if (meansNoKeyring(job->error()))
                markUnavailable();
            // The keyring's message names the service and key, never the secret.
            callback(Kiosk::makeError(QStringLiteral("keyring_error"), job->errorString()));
        }
    });
    job->start();
}

void SecretStore::writeSecret(
    const QString &key, const QString &value, QObject *context, std::function<void(Kiosk::Status)> callback)
{
    if (!m_available) {
        QMetaObject::invokeMethod(
            context,
            [callback]() {
                callback(Kiosk::makeError(QStringLiteral("no_keyring"), tr("No keyring is available on this system.")));
            },
            Qt::QueuedConnection);
        return;
    }
    QKeychain::Job *job = nullptr;
    if (value.isEmpty()) {
        job = new QKeychain::DeletePasswordJob(serviceName(), this);
    } else {
        auto *write = new QKeychain::WritePasswordJob(serviceName(), this);
        write->setTextData(value);
        job = write;
    }
    job->setKey(key);
    job->setInsecureFallback(false);
    const bool deleting = value.isEmpty();
    connect(job, &QKeychain::Job::finished, context, [this, job, callback, deleting](QKeychain::Job *) {
        if (job->error() == QKeychain::NoError || (deleting && job->error() == QKeychain::EntryNotFound)) {
            callback({});
            return;
        }
        if (meansNoKeyring(job->error()))
            markUnavailable();
        callback(Kiosk::makeError(QStringLiteral("keyring_error"), job->errorString()));
    });
    job->start();
}

} // namespace Kiosk::Ui
