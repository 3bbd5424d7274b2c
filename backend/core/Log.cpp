// SPDX-License-Identifier: MIT
#include "Log.h"

#include <QCommandLineParser>
#include <QRegularExpression>

Q_LOGGING_CATEGORY(lcStore, "kiosk.store")
Q_LOGGING_CATEGORY(lcStripe, "kiosk.stripe")
Q_LOGGING_CATEGORY(lcWebhook, "kiosk.webhook")
Q_LOGGING_CATEGORY(lcPayment, "kiosk.payment")
Q_LOGGING_CATEGORY(lcCatalog, "kiosk.catalog")

namespace Kiosk {

QString maskSecret(const QString &secret)
{
    if (secret.isEmpty())
        return QString();
    const int firstUnderscore = secret.indexOf(QLatin1Char('_'));
    const int secondUnderscore = firstUnderscore >= 0 ? secret.indexOf(QLatin1Char('_'), firstUnderscore + 1) : -1;
    const QString prefix
        = secondUnderscore > 0 && secondUnderscore < 12 ? secret.left(secondUnderscore + 1) : QString();
    const QString tail = secret.size() >= 12 ? secret.right(4) : QString();
    return prefix + QStringLiteral("…") + tail;
}

QString scrubSecrets(QString text, const QStringList &known)
{
    for (const QString &secret : known) {
        if (!secret.isEmpty())
            text.replace(secret, maskSecret(secret));
    }
    static const QRegularExpression keyLike(QStringLiteral("\\b(?:sk|rk|whsec)_(?:test_|live_)?[A-Za-z0-9]{6,}"));
    QRegularExpressionMatch match;
    qsizetype from = 0;
    while ((match = keyLike.match(text, from)).hasMatch()) {
        const QString masked = maskSecret(match.captured(0));
        text.replace(match.capturedStart(0), match.capturedLength(0), masked);
        from = match.capturedStart(0) + masked.size();
    }
    return text;
}

QString quoteIfName(const QString &word)
{
    static const QRegularExpression name(QStringLiteral("^[A-Za-z][A-Za-z_-]{0,31}$"));
    static const QRegularExpression keyPrefix(
        QStringLiteral("^(?:sk|rk|pk|whsec)_"), QRegularExpression::CaseInsensitiveOption);
    if (name.match(word).hasMatch() && !keyPrefix.match(word).hasMatch())
        return QLatin1Char('"') + word + QLatin1Char('"');
    return QStringLiteral("<%1 characters, not shown>").arg(word.size());
}

QString commandLineError(const QCommandLineParser &parser)
{
    const QStringList unknown = parser.unknownOptionNames();
    if (unknown.isEmpty())
        return scrubSecrets(parser.errorText()); // names only our own options
    QStringList names;
    for (const QString &name : unknown)
        names.append(quoteIfName(name));
    return (unknown.size() == 1 ? QStringLiteral("Unknown option %1.") : QStringLiteral("Unknown options %1."))
        .arg(names.join(QStringLiteral(", ")));
}

} // namespace Kiosk
