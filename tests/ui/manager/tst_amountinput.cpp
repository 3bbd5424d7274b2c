// SPDX-License-Identifier: MIT
// The refund dialog's amount field: what a manager types in their language's own format, read
// into minor units without floating point, and every ambiguous or malformed text refused.
#include "AmountInput.h"

#include <QTest>

using Kiosk::Ui::AmountInput;

class TestAmountInput final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parses_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("minor"); // -1: refused
        const qint64 refused = -1;
        QTest::addRow("en plain") << "en_US"
                                  << "USD"
                                  << "12.50" << qint64(1250);
        QTest::addRow("en whole") << "en_US"
                                  << "USD"
                                  << "12" << qint64(1200);
        QTest::addRow("en one decimal") << "en_US"
                                        << "USD"
                                        << "19.5" << qint64(1950);
        QTest::addRow("en grouped") << "en_US"
                                    << "USD"
                                    << "1,234.50" << qint64(123450);
        QTest::addRow("en symbol and spaces") << "en_US"
                                              << "USD"
                                              << "  $5.00 " << qint64(500);
        QTest::addRow("en code after") << "en_US"
                                       << "USD"
                                       << "5.00 USD" << qint64(500);
        QTest::addRow("en comma as decimal") << "en_US"
                                             << "USD"
                                             << "12,50" << refused;
        QTest::addRow("en bad grouping") << "en_US"
                                         << "USD"
                                         << "1,23.50" << refused;
        QTest::addRow("en too many decimals") << "en_US"
                                              << "USD"
                                              << "1.234" << refused;
        QTest::addRow("en two points") << "en_US"
                                       << "USD"
                                       << "1.2.3" << refused;
        QTest::addRow("en negative") << "en_US"
                                     << "USD"
                                     << "-5.00" << refused;
        QTest::addRow("en exponent") << "en_US"
                                     << "USD"
                                     << "1e3" << refused;
        QTest::addRow("en empty") << "en_US"
                                  << "USD"
                                  << "   " << refused;
        QTest::addRow("en point only") << "en_US"
                                       << "USD"
                                       << "." << refused;
        QTest::addRow("en trailing point") << "en_US"
                                           << "USD"
                                           << "5." << refused;
        QTest::addRow("en leading point") << "en_US"
                                          << "USD"
                                          << ".5" << refused;
        QTest::addRow("en beyond int64") << "en_US"
                                         << "USD"
                                         << "99999999999999999999" << refused;
        QTest::addRow("de comma") << "de_DE"
                                  << "EUR"
                                  << "12,50" << qint64(1250);
        QTest::addRow("de grouped") << "de_DE"
                                    << "EUR"
                                    << "1.234,50" << qint64(123450);
        QTest::addRow("de euro sign") << "de_DE"
                                      << "EUR"
                                      << "12,50 €" << qint64(1250);
        // A point in German groups thousands: "12.50" is not twelve fifty, and not 1250 euros.
        QTest::addRow("de point is not decimal") << "de_DE"
                                                 << "EUR"
                                                 << "12.50" << refused;
        QTest::addRow("de point groups") << "de_DE"
                                         << "EUR"
                                         << "1.250" << qint64(125000);
        QTest::addRow("fr narrow space group") << "fr_FR"
                                               << "EUR" << QString::fromUtf8("1\u202f234,50") << qint64(123450);
        QTest::addRow("fr plain space group") << "fr_FR"
                                              << "EUR"
                                              << "1 234,50" << qint64(123450);
        QTest::addRow("fr bad space group") << "fr_FR"
                                            << "EUR"
                                            << "12 34,50" << refused;
        QTest::addRow("jpy whole") << "ja_JP"
                                   << "JPY"
                                   << "500" << qint64(500);
        QTest::addRow("jpy decimals") << "en_US"
                                      << "JPY"
                                      << "5.5" << refused;
        QTest::addRow("kwd three decimals") << "en_US"
                                            << "KWD"
                                            << "5.120" << qint64(5120);
        QTest::addRow("kwd off step") << "en_US"
                                      << "KWD"
                                      << "5.125" << refused;
        QTest::addRow("overlong") << "en_US"
                                  << "USD" << QString(70, QLatin1Char('1')) << refused;
    }

    void parses()
    {
        QFETCH(QString, locale);
        QFETCH(QString, currency);
        QFETCH(QString, text);
        QFETCH(qint64, minor);
        const auto c = Kiosk::Currency::fromCode(currency);
        QVERIFY(c.ok());
        const Kiosk::Result<qint64> parsed = AmountInput::parse(text, c.value(), QLocale(locale));
        if (minor < 0) {
            QVERIFY2(!parsed.ok(), qPrintable(text));
            QCOMPARE(parsed.error().code, QStringLiteral("invalid_amount"));
            // The error shows how to type it in this language.
            QVERIFY2(parsed.error().message.contains(AmountInput::example(c.value(), QLocale(locale))),
                qPrintable(parsed.error().message));
        } else {
            QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
            QCOMPARE(parsed.value(), minor);
        }
    }

    void examplesAndTextMatchTheLocale_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("example");
        QTest::addColumn<qint64>("minor");
        QTest::addColumn<QString>("text");
        QTest::addRow("en USD") << "en_US"
                                << "USD"
                                << "12.50" << qint64(1234567) << "12345.67";
        QTest::addRow("de EUR") << "de_DE"
                                << "EUR"
                                << "12,50" << qint64(1234567) << "12345,67";
        QTest::addRow("JPY") << "en_US"
                             << "JPY"
                             << "1250" << qint64(1234567) << "1234567";
        QTest::addRow("KWD") << "en_US"
                             << "KWD"
                             << "12.500" << qint64(1234560) << "1234.560";
    }

    void examplesAndTextMatchTheLocale()
    {
        QFETCH(QString, locale);
        QFETCH(QString, currency);
        QFETCH(QString, example);
        QFETCH(qint64, minor);
        QFETCH(QString, text);
        const Kiosk::Currency c = Kiosk::Currency::fromCode(currency).value();
        QCOMPARE(AmountInput::example(c, QLocale(locale)), example);
        QCOMPARE(AmountInput::toText(minor, c, QLocale(locale)), text);
        // What toText writes, parse reads back.
        const Kiosk::Result<qint64> back = AmountInput::parse(text, c, QLocale(locale));
        QVERIFY(back.ok());
        QCOMPARE(back.value(), minor);
    }
};

QTEST_GUILESS_MAIN(TestAmountInput)
#include "tst_amountinput.moc"
