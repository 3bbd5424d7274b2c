// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace Kiosk::Ui {

/**
 * Where a running kiosk's Stripe secret (the secret key or the webhook signing secret) came
 * from, for the settings page to say so ("from the environment") without showing the secret.
 * AppConfig decides it (command line > environment > --secrets-file > keyring).
 */
struct KeySource
{
    enum class From { None, CommandLine, Environment, SecretsFile, Keyring };

    From from = From::None;
    QString masked; ///< maskSecret() of the secret; never the secret itself
    QString file; ///< the secrets file, for From::SecretsFile
};

} // namespace Kiosk::Ui
