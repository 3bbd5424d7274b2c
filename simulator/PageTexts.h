// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace Kiosk::Sim {

/**
 * Every text of the hosted payment page in one of its languages: English, German, French and
 * Spanish. A session's `locale` picks one (language(): "de", "fr", "fr-CA", "es", "es-419" …;
 * anything else, `auto` included, is English). Texts with %1 take an argument (QString::arg).
 * Stripe's card-decline and validation messages stay as the API words them.
 */
struct PageTexts
{
    QString orderSummary;
    QString testMode;
    QString payMerchant; ///< %1 merchant
    QString quantity; ///< %1 quantity
    QString each; ///< %1 unit amount
    QString subtotal;
    QString discount;
    QString tax;
    QString payWithCard;
    QString email;
    QString cardInformation;
    QString cardNumber;
    QString expiry;
    QString cvc;
    QString cardholderName;
    QString payButton; ///< %1 total
    QString testHint;
    QString cancel;
    QString authenticateTitle;
    QString authenticateText; ///< %1 total, %2 merchant
    QString complete;
    QString fail;
    QString processing;
    QString expiresIn; ///< countdown prefix
    QString expiredNow;
    QString promotionCode;
    QString apply;
    QString promotionInvalid;
    QString pageTitle; ///< %1 merchant
    QString notFoundTitle;
    QString notFoundMessage;
    QString expiredTitle;
    QString expiredMessage;
    QString paidTitle;
    QString paidMessage;
    QString unreadableTitle;
    QString nothingCharged;
    QString phone;
    QString phoneHint; ///< placeholder: the international form
    QString shippingAddress;
    QString fullName;
    QString addressLine1;
    QString addressLine2;
    QString city;
    QString postalCode;
    QString state;
    QString country;
    QString shippingMethod;
    QString shipping; ///< the summary line
    QString free;
    QString optional;
    QString choose;
    QString termsAccept; ///< consent_collection[terms_of_service]=required
    QString promotionsOptIn; ///< consent_collection[promotions]=auto
    QString bookButton; ///< %1 total (submit_type=book)
    QString donateButton; ///< %1 total (submit_type=donate)
    QString recoveryTitle;
    QString recoveryMessage;

    /**
     * "en", "de", "fr" or "es" for a session locale; `auto` or none: the most preferred of them in
     * the browser's Accept-Language (`de-DE,de;q=0.9,en;q=0.8`; its first 32 entries); any other
     * locale, or no match → "en".
     */
    static QString language(const QString &sessionLocale, const QByteArray &acceptLanguage = {});
    /** The texts of language() "en", "de", "fr" or "es" (anything else → English). */
    static const PageTexts &of(const QString &language);
};

} // namespace Kiosk::Sim
