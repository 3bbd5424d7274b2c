// SPDX-License-Identifier: MIT
#include "SelfServiceTimings.h"

#include "AttractScreen.h"
#include "KioskWindow.h"
#include "Language.h"
#include "SelfOrderScreen.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QPushButton>

#include <algorithm>

namespace Kiosk::Ui {

namespace {

qint64 median(QList<qint64> values)
{
    if (values.isEmpty())
        return -1;
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

/** Milliseconds from `tap` to the window painted with its result. */
qint64 timed(KioskWindow &window, const std::function<void()> &tap)
{
    QElapsedTimer clock;
    clock.start();
    tap();
    window.repaint();
    return clock.elapsed();
}

} // namespace

QString SelfServiceTimings::measure(KioskWindow &window)
{
    const auto settle = [] { QCoreApplication::processEvents(); };
    const qint64 first = timed(window, [&window] { window.attract()->startButton()->click(); });
    QList<qint64> ordering;
    for (int i = 0; i < 7; ++i) {
        window.selfOrder()->startOverButton()->click();
        settle();
        ordering << timed(window, [&window] { window.attract()->startButton()->click(); });
        settle();
    }
    // Switch on the attract screen, where the customer does: every screen follows (LanguageChange).
    window.selfOrder()->startOverButton()->click();
    settle();
    QList<qint64> language;
    for (int i = 0; i < 8; ++i) {
        const QString code
            = QStringList { QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("es"), QStringLiteral("en") }.at(
                i % 4);
        language << timed(window, [&window, &code] { window.attract()->languageButton(code)->click(); });
        settle();
    }
    if (window.screen() != KioskWindow::Screen::Attract || Language::current() != QLatin1String("en"))
        return QStringLiteral("kiosk-self failed: the screens did not follow the taps");
    return QStringLiteral("kiosk-self first_ordering_ms=%1 ordering_ms=%2 ordering_max_ms=%3 language_ms=%4 "
                          "language_max_ms=%5")
        .arg(first)
        .arg(median(ordering))
        .arg(*std::max_element(ordering.cbegin(), ordering.cend()))
        .arg(median(language))
        .arg(*std::max_element(language.cbegin(), language.cend()));
}

} // namespace Kiosk::Ui
