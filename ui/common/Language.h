// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QLocale>
#include <QObject>
#include <QString>

class QTranslator;

namespace Kiosk::Ui {

/**
 * The language of the kiosk's screens, switchable while they are open. Four languages ship,
 * translated with Qt Linguist (resources/translations/checkout-kiosk_<code>.ts, built into
 * the binary): English (the source text), German, French and Spanish.
 *
 * switchTo() installs the language's translator (and Qt's own, for the texts of standard
 * dialogs), sets QLocale::setDefault() to the language's locale so money, dates and numbers
 * follow it, and QCoreApplication sends every widget QEvent::LanguageChange: each screen
 * retranslates itself in changeEvent(). changed() is emitted afterwards for anything that is
 * not a widget. Call it from the GUI thread only.
 *
 * A staffed till starts with useSystemLanguage() (LANG / QLocale::system()); a self-service
 * customer picks one (switchTo() from the attract screen). current() is what a checkout sends
 * to Stripe as the hosted page's locale.
 */
class Language final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Language)

public:
    struct Option
    {
        QString code; ///< "en", "de", "fr", "es"
        QString nativeName; ///< "English", "Deutsch", "Français", "Español": for a language picker
    };

    /** The languages the kiosk ships, English first. */
    [[nodiscard]] static QList<Option> available();
    /** Whether code is one of available(). */
    [[nodiscard]] static bool isAvailable(const QString &code);
    /** The language shown now ("en" until switchTo() succeeds). */
    [[nodiscard]] static QString current();
    /** The kiosk's language when one was set (setKioskLanguage), else the available language
     *  that best matches the system's UI languages; "en" when none. */
    [[nodiscard]] static QString systemLanguage();
    /** The locale used for a language: the system locale when it speaks that language (so a
     *  de_AT till keeps its country), else the language's main country (de_DE, fr_FR, …). */
    [[nodiscard]] static QLocale localeFor(const QString &code);

    /** Switches every screen to this language. False (and nothing changes) for an unknown code
     *  or a translation that cannot be loaded. Switching to the language already installed
     *  does nothing. */
    static bool switchTo(const QString &code);
    /** switchTo(systemLanguage()): what a staffed till does at start. */
    static void useSystemLanguage();
    /** The kiosk's own language instead of the system's (--lang): from now on systemLanguage()
     *  is this one (the next customer's attract screen too), and it is switched to. An
     *  unavailable code changes nothing. */
    static void setKioskLanguage(const QString &code);

    /** For connecting to changed(). */
    [[nodiscard]] static Language *instance();

Q_SIGNALS:
    /** After a switch, once every widget got its LanguageChange event. */
    void changed(const QString &code);

private:
    Language() = default;
    ~Language() override;
    bool install(const QString &code);

    QString m_current = QStringLiteral("en");
    QTranslator *m_app = nullptr;
    QTranslator *m_qt = nullptr;
};

} // namespace Kiosk::Ui
