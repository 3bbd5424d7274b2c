// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <map>
#include <string>

namespace Kiosk::Sim {

/** What a customer typed on the payment page (or a test sent to /_sim/sessions/{id}/pay). */
struct PaymentInput
{
    /** The shipping address form (shipping_address_collection). */
    struct Address
    {
        QString name;
        QString line1;
        QString line2;
        QString city;
        QString postalCode;
        QString state;
        QString country; ///< two capital letters
    };

    QString card;
    QString email;
    QString expiry;
    QString cvc;
    QString name;
    QString threeDSecure; ///< "", "complete" or "fail"
    bool async = false; ///< a delayed payment: completes unpaid, finished later by /_sim/…/async

    // What the session asked the page to collect (SessionCollection checks it).
    QString phone; ///< phone_number_collection, international format ("+49 30 1234567")
    Address shipping;
    QString shippingRate; ///< the shr_… chosen among shipping_options; empty: the preselected one
    std::map<std::string, QString> customFields; ///< custom field key → what was typed or chosen
    bool termsAccepted = false; ///< consent_collection[terms_of_service]=required
    bool promotionsOptIn = false; ///< consent_collection[promotions]=auto
};

} // namespace Kiosk::Sim
