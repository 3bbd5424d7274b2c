// SPDX-License-Identifier: MIT
// JsonText::dump: the one JSON writer never throws, whatever bytes outside input put into a string.
#include "JsonText.h"

#include <QtTest>

#include <nlohmann/json.hpp>

using Kiosk::JsonText;
using nlohmann::json;

class TestJsonText final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dumpsAnyBytes_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QByteArray>("expected"); ///< the string as it reads back
        QTest::addRow("plain") << QByteArray("Flat white") << QByteArray("Flat white");
        QTest::addRow("valid UTF-8 is kept")
            << QByteArray("caf\xc3\xa9 \xe2\x82\xac") << QByteArray("caf\xc3\xa9 \xe2\x82\xac");
        QTest::addRow("lone 0xff") << QByteArray("P\xffST") << QByteArray("P\xef\xbf\xbdST");
        QTest::addRow("truncated sequence") << QByteArray("k\xe2\x82") << QByteArray("k\xef\xbf\xbd");
        QTest::addRow("overlong slash") << QByteArray("\xc0\xaf") << QByteArray("\xef\xbf\xbd\xef\xbf\xbd");
    }

    void dumpsAnyBytes()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QByteArray, expected);
        const std::string text = bytes.toStdString();
        const json value = { { "message", "Invalid Stripe API version: " + text }, { text, json::array({ text }) } };
        for (const int indent : { -1, 2 }) {
            const QByteArray out = JsonText::dump(value, indent); // nlohmann's dump() would throw here
            const json back = json::parse(out.toStdString(), nullptr, false);
            QVERIFY2(!back.is_discarded(), out.constData());
            QCOMPARE(QByteArray::fromStdString(back["message"].get<std::string>()),
                "Invalid Stripe API version: " + expected);
            QCOMPARE(QByteArray::fromStdString(back[expected.toStdString()][0].get<std::string>()), expected);
        }
    }

    void compactByDefault()
    {
        QCOMPARE(JsonText::dump(json { { "a", 1 } }), QByteArray(R"({"a":1})"));
        QCOMPARE(JsonText::dump(json { { "a", 1 } }, 2), QByteArray("{\n  \"a\": 1\n}"));
    }
};

QTEST_GUILESS_MAIN(TestJsonText)
#include "tst_jsontext.moc"
