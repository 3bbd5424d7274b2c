// SPDX-License-Identifier: MIT
// The kiosk's colours are readable: every text colour against what it stands on is at least
// 4.5:1 (WCAG AA) in the default theme and 7:1 (AAA) in the large-text, high-contrast theme a
// customer can switch on at the attract screen, which also makes every font larger.
#include "Theme.h"

#include <QApplication>
#include <QRegularExpression>
#include <QTest>

#include <functional>

using Kiosk::Ui::Theme;

class TestTheme : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void contrastRatioFollowsWcag_data();
    void contrastRatioFollowsWcag();
    void textIsReadable_data();
    void textIsReadable();
    void largeTextMakesEveryFontLarger();
    void applyingATheme();
};

void TestTheme::contrastRatioFollowsWcag_data()
{
    QTest::addColumn<QColor>("a");
    QTest::addColumn<QColor>("b");
    QTest::addColumn<double>("ratio");
    QTest::newRow("black on white") << QColor(Qt::black) << QColor(Qt::white) << 21.0;
    QTest::newRow("same colour") << QColor(0x63, 0x5b, 0xff) << QColor(0x63, 0x5b, 0xff) << 1.0;
    QTest::newRow("order does not matter") << QColor(Qt::white) << QColor(0x76, 0x76, 0x76) << 4.54;
    QTest::newRow("#777 on white fails AA") << QColor(0x77, 0x77, 0x77) << QColor(Qt::white) << 4.48;
}

void TestTheme::contrastRatioFollowsWcag()
{
    QFETCH(QColor, a);
    QFETCH(QColor, b);
    QFETCH(double, ratio);
    QVERIFY2(qAbs(Theme::contrastRatio(a, b) - ratio) < 0.01, qPrintable(QString::number(Theme::contrastRatio(a, b))));
}

void TestTheme::textIsReadable_data()
{
    QTest::addColumn<bool>("largeText");
    QTest::addColumn<QString>("pair");
    QTest::addColumn<QColor>("foreground");
    QTest::addColumn<QColor>("background");

    for (const bool large : { false, true }) {
        const Theme t = large ? Theme().accessible() : Theme();
        const QColor white(Qt::white);
        // Every text colour the stylesheet (resources/styles/kiosk.qss) puts on a fill.
        const QList<std::tuple<const char *, QColor, QColor>> pairs {
            { "text on background", t.text, t.background },
            { "text on surface", t.text, t.surface },
            { "muted on background", t.muted, t.background },
            { "muted on surface", t.muted, t.surface },
            { "disabled field", t.muted, t.disabledBg },
            { "Pay button", white, t.accent },
            { "pending quantity", t.accentDark, t.surface },
            { "danger on surface", t.danger, t.surface },
            { "danger on background", t.danger, t.background },
            { "paid title", t.success, t.background },
            { "expired title", t.warningText, t.background },
            { "expired on surface", t.warningText, t.surface },
            { "selected tab", white, t.text },
            { "scan error", white, t.danger },
            { "test-mode banner", QColor(0x1f, 0x23, 0x28), t.warning },
        };
        for (const auto &[name, fg, bg] : pairs)
            QTest::addRow("%s, %s", large ? "large" : "default", name)
                << large << QString::fromLatin1(name) << fg << bg;
    }
}

void TestTheme::textIsReadable()
{
    QFETCH(bool, largeText);
    QFETCH(QColor, foreground);
    QFETCH(QColor, background);
    const double ratio = Theme::contrastRatio(foreground, background);
    const double needed = largeText ? 7.0 : 4.5;
    QVERIFY2(ratio >= needed,
        qPrintable(QStringLiteral("%1 on %2: %3:1, needs %4:1")
                       .arg(foreground.name(), background.name())
                       .arg(ratio, 0, 'f', 2)
                       .arg(needed)));
}

void TestTheme::largeTextMakesEveryFontLarger()
{
    const Theme normal;
    const Theme large = normal.accessible();
    QVERIFY(large.largeText);
    QVERIFY(large.baseFont > normal.baseFont);
    QVERIFY(large.titleFont > normal.titleFont);
    QVERIFY(large.hugeFont > normal.hugeFont);

    // Every font size in the stylesheet, the fixed ones of the self-service screens included.
    const auto sizes = [](const QString &qss) {
        QList<int> out;
        static const QRegularExpression size(QStringLiteral("font-size:\\s*(\\d+)px"));
        for (auto it = size.globalMatch(qss); it.hasNext();)
            out.append(it.next().captured(1).toInt());
        return out;
    };
    const QList<int> before = sizes(normal.styleSheet());
    const QList<int> after = sizes(large.styleSheet());
    QVERIFY(!before.isEmpty());
    QCOMPARE(after.size(), before.size());
    for (int i = 0; i < before.size(); ++i)
        QVERIFY2(after.at(i) >= before.at(i) * 5 / 4,
            qPrintable(QStringLiteral("size %1: %2px became %3px").arg(i).arg(before.at(i)).arg(after.at(i))));
}

void TestTheme::applyingATheme()
{
    auto *app = qobject_cast<QApplication *>(QCoreApplication::instance());
    QVERIFY(app);
    Theme().accessible().apply(*app);
    QVERIFY(Theme::current().largeText);
    QVERIFY(app->styleSheet().contains(QStringLiteral("#000000")));
    Theme().apply(*app);
    QVERIFY(!Theme::current().largeText);
}

QTEST_MAIN(TestTheme)
#include "tst_Theme.moc"
