// SPDX-License-Identifier: MIT
#pragma once

#include <QLoggingCategory>

class QCommandLineParser;

// Logging categories of the backend. Never log a secret: mask keys with Kiosk::maskSecret().
Q_DECLARE_LOGGING_CATEGORY(lcStore)
Q_DECLARE_LOGGING_CATEGORY(lcStripe)
Q_DECLARE_LOGGING_CATEGORY(lcWebhook)
Q_DECLARE_LOGGING_CATEGORY(lcPayment)
Q_DECLARE_LOGGING_CATEGORY(lcCatalog)

namespace Kiosk {
/** "sk_test_…1234": keeps the prefix up to the second underscore and the last four characters. */
QString maskSecret(const QString &secret);
/**
 * `text` with each of `known` and every word shaped like a Stripe secret (sk_…, rk_…, whsec_…)
 * replaced by its maskSecret() form. The last line of defence for anything a person will read.
 */
QString scrubSecrets(QString text, const QStringList &known = {});
/**
 * For an operator error about a word the operator typed in the wrong place (an unknown option,
 * config key or stray argument): the word in double quotes if it reads like a name (letters, '-'
 * and '_', up to 32, not key-shaped), else "<N characters, not shown>". A key or token typed in
 * the wrong place is then never echoed, while a typo such as "prot" still is.
 */
QString quoteIfName(const QString &word);
/**
 * The error of a failed QCommandLineParser::parse() for an operator: unknown options go through
 * quoteIfName() (Qt's own text quotes them whole, so "--sk_live_…" would be echoed).
 */
QString commandLineError(const QCommandLineParser &parser);
} // namespace Kiosk
