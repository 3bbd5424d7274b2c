// SPDX-License-Identifier: MIT
#include "Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace Kiosk::Ui {

namespace {

QString languageCode(const QLocale &locale)
{
    return locale.name().section(QLatin1Char('_'), 0, 0);
}

} // namespace

Language::~Language() = default;

Language *Language::instance()
{
    static Language language;
    return &language;
}

QList<Language::Option> Language::available()
{
    // Native names: a customer looks for their own language, not its English name.
    return {
        { QStringLiteral("en"), QStringLiteral("English") },
        { QStringLiteral("de"), QStringLiteral("Deutsch") },
        { QStringLiteral("fr"), QStringLiteral("Fran\u00e7ais") },
        { QStringLiteral("es"), QStringLiteral("Espa\u00f1ol") },
    };
}

bool Language::isAvailable(const QString &code)
{
    const QList<Option> options = available();
    return std::any_of(options.cbegin(), options.cend(), [&code](const Option &o) { return o.code == code; });
}

QString Language::current()
{
    return instance()->m_current;
}

namespace {
QString &kioskLanguage()
{
    static QString code;
    return code;
}
} // namespace

QString Language::systemLanguage()
{
    if (!kioskLanguage().isEmpty())
        return kioskLanguage();
    const QLocale system = QLocale::system();
    if (system.language() != QLocale::C) {
        // uiLanguages() lists the user's preferences, most wanted first ("de-AT", "de", …).
        const QStringList wanted = system.uiLanguages();
        for (const QString &name : wanted) {
            const QString code = languageCode(QLocale(name));
            if (isAvailable(code))
                return code;
        }
    }
    return QStringLiteral("en");
}

QLocale Language::localeFor(const QString &code)
{
    const QLocale system = QLocale::system();
    if (system.language() != QLocale::C && languageCode(system) == code)
        return system;
    if (code == QLatin1String("en"))
        return QLocale(QLocale::English, QLocale::UnitedStates); // also the bare "C" of a container
    return QLocale(code);
}

bool Language::switchTo(const QString &code)
{
    if (!isAvailable(code))
        return false;
    Language *self = instance();
    if (code == self->m_current && self->m_app)
        return true;
    if (!self->install(code))
        return false;
    // QApplication posts LanguageChange to the windows; deliver it now so every screen has
    // retranslated itself when this returns.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    Q_EMIT self->changed(code);
    return true;
}

void Language::useSystemLanguage()
{
    switchTo(systemLanguage());
}

void Language::setKioskLanguage(const QString &code)
{
    if (!isAvailable(code))
        return;
    kioskLanguage() = code;
    switchTo(code);
}

bool Language::install(const QString &code)
{
    // English is the source text, but its plural forms ("1 item", "2 items") come from a
    // translation too, so every language has one.
    auto *app = new QTranslator(this);
    if (!app->load(QStringLiteral(":/i18n/checkout-kiosk_") + code + QStringLiteral(".qm"))) {
        delete app;
        return false;
    }
    // Qt's own texts (the Close of a button box, the file dialog) from Debian's
    // qt6-translations-l10n; without that package they stay English.
    QTranslator *qt = nullptr;
    if (code != QLatin1String("en")) {
        qt = new QTranslator(this);
        if (!qt->load(QStringLiteral("qtbase_") + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            delete qt;
            qt = nullptr;
        }
    }

    // The locale first: screens format money and dates again when the LanguageChange arrives.
    QLocale::setDefault(localeFor(code));
    m_current = code;
    for (QTranslator *old : { m_qt, m_app }) {
        if (old) {
            QCoreApplication::removeTranslator(old);
            delete old;
        }
    }
    m_qt = qt;
    m_app = app;
    if (m_qt)
        QCoreApplication::installTranslator(m_qt);
    QCoreApplication::installTranslator(m_app); // the last one installed is asked first
    return true;
}

} // namespace Kiosk::Ui
