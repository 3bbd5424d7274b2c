// SPDX-License-Identifier: MIT
// The kiosk language → Checkout Session locale mapping: the hosted page must speak the till's
// language, and whatever a till or the JSON API sends must become one of Stripe's values.
#include "CheckoutLocale.h"

#include <QTest>

using namespace Kiosk;

class TestCheckoutLocale final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mapsLanguageToStripeLocale_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("locale");
        const auto row = [](const char *name, const char *language, const char *locale) {
            QTest::addRow("%s", name) << QString::fromUtf8(language) << QString::fromUtf8(locale);
        };
        row("English", "en", "en");
        row("German", "de", "de");
        row("French", "fr", "fr");
        row("Spanish", "es", "es");
        row("German of Germany", "de_DE", "de");
        row("German of Austria, dash", "de-AT", "de");
        row("system locale with charset", "de_DE.UTF-8", "de");
        row("system locale with modifier", "fr_FR.UTF-8@euro", "fr");
        row("British English is its own locale", "en_GB", "en-GB");
        row("Canadian French is its own locale", "fr_CA", "fr-CA");
        row("Latin American Spanish is its own locale", "es-419", "es-419");
        row("Mexican Spanish falls back to Spanish", "es_MX", "es");
        row("Brazilian Portuguese", "pt_BR", "pt-BR");
        row("case does not matter", "PT-br", "pt-BR");
        row("upper-case language", "DE", "de");
        row("language Stripe does not offer", "cy", "auto");
        row("empty", "", "auto");
        row("auto stays auto", "auto", "auto");
        row("C locale", "C", "auto");
        row("garbage", "../../etc", "auto");
        row("too long", "de-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "auto");
    }
    void mapsLanguageToStripeLocale()
    {
        QFETCH(QString, language);
        QFETCH(QString, locale);
        QCOMPARE(checkoutLocaleFor(language), locale);
    }
};

QTEST_GUILESS_MAIN(TestCheckoutLocale)
#include "tst_checkoutlocale.moc"
