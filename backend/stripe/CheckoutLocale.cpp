// SPDX-License-Identifier: MIT
#include "CheckoutLocale.h"

#include <QStringList>

namespace Kiosk {

namespace {

// Stripe's enum (kiosk-subset.json, checkout.session.locale), "auto" aside.
const QStringList &stripeLocales()
{
    static const QStringList locales { QStringLiteral("bg"), QStringLiteral("cs"), QStringLiteral("da"),
        QStringLiteral("de"), QStringLiteral("el"), QStringLiteral("en"), QStringLiteral("en-GB"), QStringLiteral("es"),
        QStringLiteral("es-419"), QStringLiteral("et"), QStringLiteral("fi"), QStringLiteral("fil"),
        QStringLiteral("fr"), QStringLiteral("fr-CA"), QStringLiteral("hr"), QStringLiteral("hu"), QStringLiteral("id"),
        QStringLiteral("it"), QStringLiteral("ja"), QStringLiteral("ko"), QStringLiteral("lt"), QStringLiteral("lv"),
        QStringLiteral("ms"), QStringLiteral("mt"), QStringLiteral("nb"), QStringLiteral("nl"), QStringLiteral("pl"),
        QStringLiteral("pt"), QStringLiteral("pt-BR"), QStringLiteral("ro"), QStringLiteral("ru"), QStringLiteral("sk"),
        QStringLiteral("sl"), QStringLiteral("sv"), QStringLiteral("th"), QStringLiteral("tr"), QStringLiteral("vi"),
        QStringLiteral("zh"), QStringLiteral("zh-HK"), QStringLiteral("zh-TW") };
    return locales;
}

QString known(const QString &tag)
{
    for (const QString &locale : stripeLocales()) {
        if (locale.compare(tag, Qt::CaseInsensitive) == 0)
            return locale;
    }
    return {};
}

} // namespace

QString checkoutLocaleFor(const QString &language)
{
    const QString autoLocale = QStringLiteral("auto");
    if (language.isEmpty() || language.size() > 35) // longer than any sane language tag
        return autoLocale;
    QString tag = language;
    tag.replace(QLatin1Char('_'), QLatin1Char('-'));
    tag = tag.section(QLatin1Char('.'), 0, 0).section(QLatin1Char('@'), 0, 0); // "de_DE.UTF-8@euro"
    if (const QString exact = known(tag); !exact.isEmpty())
        return exact;
    if (const QString primary = known(tag.section(QLatin1Char('-'), 0, 0)); !primary.isEmpty())
        return primary;
    return autoLocale;
}

} // namespace Kiosk
