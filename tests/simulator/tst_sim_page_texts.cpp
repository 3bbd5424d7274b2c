// SPDX-License-Identifier: MIT
// Which language the hosted page speaks (simulator/PageTexts::language): the session's locale, or
// with locale=auto the browser's Accept-Language, as table rows.
#include "PageTexts.h"

#include <QTest>

using Kiosk::Sim::PageTexts;

class TestSimPageTexts : public QObject
{
    Q_OBJECT

private slots:
    void language_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QByteArray>("acceptLanguage");
        QTest::addColumn<QString>("expected");
        QTest::newRow("de") << "de" << QByteArray("fr") << "de";
        QTest::newRow("fr-CA") << "fr-CA" << QByteArray() << "fr";
        QTest::newRow("es-419") << "es-419" << QByteArray() << "es";
        QTest::newRow("ja: not spoken") << "ja" << QByteArray("de") << "en";
        QTest::newRow("en-GB") << "en-GB" << QByteArray("de") << "en";
        QTest::newRow("auto, no header") << "auto" << QByteArray() << "en";
        QTest::newRow("auto, German browser") << "auto" << QByteArray("de-DE,de;q=0.9,en;q=0.8") << "de";
        QTest::newRow("none, French browser") << "" << QByteArray("fr-FR") << "fr";
        QTest::newRow("auto, weights decide") << "auto" << QByteArray("en;q=0.5, es;q=0.7, de;q=0.6") << "es";
        QTest::newRow("auto, first of equals") << "auto" << QByteArray("fr, de") << "fr";
        QTest::newRow("auto, unspoken first") << "auto" << QByteArray("ja-JP,ja;q=0.9,de;q=0.4") << "de";
        QTest::newRow("auto, none spoken") << "auto" << QByteArray("ja, zh;q=0.8") << "en";
        QTest::newRow("auto, q=0 is refused") << "auto" << QByteArray("de;q=0, fr;q=0.1") << "fr";
        QTest::newRow("auto, malformed weight") << "auto" << QByteArray("de;q=high, es;q=0.2") << "es";
        QTest::newRow("auto, q above 1") << "auto" << QByteArray("de;q=2, es;q=1.0") << "es";
        QTest::newRow("auto, underscore") << "auto" << QByteArray("es_ES") << "es";
        QTest::newRow("auto, upper case") << "auto" << QByteArray("DE-at") << "de";
        QByteArray many;
        for (int i = 0; i < 40; ++i)
            many += "ja,";
        QTest::newRow("auto, only 32 entries read") << "auto" << QByteArray(many + "de") << "en";
    }

    void language()
    {
        QFETCH(QString, locale);
        QFETCH(QByteArray, acceptLanguage);
        QFETCH(QString, expected);
        QCOMPARE(PageTexts::language(locale, acceptLanguage), expected);
    }
};

QTEST_APPLESS_MAIN(TestSimPageTexts)
#include "tst_sim_page_texts.moc"
