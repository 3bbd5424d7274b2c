// SPDX-License-Identifier: MIT
#pragma once

#include "PaymentInput.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Kiosk::Sim {

/**
 * Renders the simulator's hosted payment page: a self-contained HTML document (inline CSS and JS, no
 * external resources) with the order summary, the card form, the 3-D Secure step, or a closed notice.
 * Inputs keep stable ids (email, cardNumber, cardExpiry, cardCvc, billingName, #submit; promotionCode,
 * #apply-promotion; phone, shippingName, shippingLine1, shippingLine2, shippingCity, shippingPostalCode,
 * shippingState, shippingCountry, shippingRate-<n>, custom_<key>, termsOfService, promotions) for
 * tests. Every text comes from PageTexts in the model's language.
 */
class CheckoutPage final
{
public:
    enum class View { Form, Authenticate, Closed };

    struct Item
    {
        QString name;
        QString description;
        qint64 quantity = 1;
        QString amount; ///< formatted line total
        QString unitAmount;
    };

    /** A value and what the customer sees for it (a country, a dropdown option). */
    struct Choice
    {
        QString value;
        QString label;
    };

    /** One of the session's custom fields (custom_fields[n]). */
    struct CustomField
    {
        QString key;
        QString label;
        QString type; ///< "text", "numeric" or "dropdown"
        bool optional = false;
        qint64 minimumLength = -1; ///< -1: none
        qint64 maximumLength = -1;
        QList<Choice> options; ///< dropdown
        QString value; ///< typed or chosen
    };

    /** One of the session's shipping options, with the total the order comes to with it. */
    struct ShippingOption
    {
        QString rate; ///< shr_…
        QString label;
        QString amount; ///< formatted ("Free" when 0)
        QString total; ///< formatted order total with this option
        QString submit; ///< the button text with that total
        bool checked = false;
    };

    struct Model
    {
        View view = View::Form;
        QString merchantName;
        QString sessionId;
        QList<Item> items;
        QString total; ///< formatted, "$12.50"
        QString subtotal; ///< formatted; shown when there is a discount or tax
        QString discount; ///< formatted ("-$1.00"); empty: no discount line
        QString tax; ///< formatted; empty: no tax line
        bool promotionCodes = false; ///< the session allows promotion codes: show the field
        QString promotionCode; ///< the code applied or typed
        QString promotionError;
        QString email; ///< prefilled / previously typed
        QString billingName;
        QString cardExpiry;
        QString cancelUrl;
        qint64 expiresAt = 0;
        qint64 now = 0;
        QString error; ///< inline error under the form
        QString errorField; ///< id of the input the error belongs to
        QString authToken; ///< for View::Authenticate
        QString closedTitle;
        QString closedMessage;
        QString lang = QStringLiteral("en"); ///< "en", "de", "fr" or "es": the page's texts (PageTexts)
        QString submit; ///< the button's text: pay, book or donate the total (submit_type)
        bool collectPhone = false;
        QString phone;
        bool collectShipping = false;
        QList<Choice> countries; ///< allowed_countries
        PaymentInput::Address shipping; ///< typed
        QString shippingAmount; ///< formatted, for the summary line; empty: no shipping
        QList<ShippingOption> shippingOptions;
        QList<CustomField> customFields;
        bool termsRequired = false;
        bool termsAccepted = false;
        bool promotions = false; ///< offer the promotions opt-in
        bool promotionsOptIn = false;
        QString shippingMessage; ///< custom_text: beside the address, the terms, above and below the button
        QString termsMessage;
        QString submitMessage;
        QString afterSubmitMessage;
    };

    static QByteArray render(const Model &model);
};

} // namespace Kiosk::Sim
