// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace Kiosk::Sim {

/**
 * Renders the simulator's hosted payment page: a self-contained HTML document (inline CSS and JS, no
 * external resources) with the order summary, the card form, the 3-D Secure step, or a closed notice.
 * Inputs keep stable ids (email, cardNumber, cardExpiry, cardCvc, billingName, #submit; promotionCode,
 * #apply-promotion) for tests. Every text comes from PageTexts in the model's language.
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
    };

    static QByteArray render(const Model &model);
};

} // namespace Kiosk::Sim
