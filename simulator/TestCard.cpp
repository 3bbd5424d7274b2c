// SPDX-License-Identifier: MIT
#include "TestCard.h"

namespace Kiosk::Sim {

namespace {
TestCard decline(const QString &code, const QString &declineCode, const QString &message, bool threeDs = false)
{
    TestCard card;
    card.outcome = TestCard::Outcome::Decline;
    card.requiresAuthentication = threeDs;
    card.code = code;
    card.declineCode = declineCode;
    card.message = message;
    return card;
}
} // namespace

bool TestCard::luhnValid(const QString &digits)
{
    if (digits.isEmpty())
        return false;
    int sum = 0;
    bool doubleIt = false;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        const QChar c = digits.at(i);
        if (!c.isDigit())
            return false;
        int d = c.digitValue();
        if (doubleIt) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        doubleIt = !doubleIt;
    }
    return sum % 10 == 0;
}

TestCard TestCard::authenticationFailure()
{
    return decline(QStringLiteral("payment_intent_authentication_failure"), QString(),
        QStringLiteral("We are unable to authenticate your payment method. Please choose a different "
                       "payment method and try again."));
}

TestCard TestCard::forNumber(const QString &number)
{
    QString digits = number;
    digits.remove(QLatin1Char(' '));
    const QString declined = QStringLiteral("Your card was declined.");
    const QString cardDeclined = QStringLiteral("card_declined");
    if (!luhnValid(digits))
        return decline(QStringLiteral("incorrect_number"), QString(), QStringLiteral("Your card number is incorrect."));
    if (digits == QLatin1String("4000000000000002"))
        return decline(cardDeclined, QStringLiteral("generic_decline"), declined);
    if (digits == QLatin1String("4000000000009995"))
        return decline(
            cardDeclined, QStringLiteral("insufficient_funds"), QStringLiteral("Your card has insufficient funds."));
    if (digits == QLatin1String("4000000000009987"))
        return decline(cardDeclined, QStringLiteral("lost_card"), declined);
    if (digits == QLatin1String("4000000000009979"))
        return decline(cardDeclined, QStringLiteral("stolen_card"), declined);
    if (digits == QLatin1String("4000000000000069"))
        return decline(
            QStringLiteral("expired_card"), QStringLiteral("expired_card"), QStringLiteral("Your card has expired."));
    if (digits == QLatin1String("4000000000000127"))
        return decline(QStringLiteral("incorrect_cvc"), QStringLiteral("incorrect_cvc"),
            QStringLiteral("Your card's security code is incorrect."));
    if (digits == QLatin1String("4000000000000119"))
        return decline(QStringLiteral("processing_error"), QStringLiteral("processing_error"),
            QStringLiteral("An error occurred while processing your card. Try again in a little bit."));
    if (digits == QLatin1String("4000008260003178"))
        return decline(cardDeclined, QStringLiteral("insufficient_funds"),
            QStringLiteral("Your card has insufficient funds."), true);
    TestCard ok;
    ok.requiresAuthentication = digits == QLatin1String("4000002500003155")
        || digits == QLatin1String("4000002760003184") || digits == QLatin1String("4000000000003220");
    return ok;
}

} // namespace Kiosk::Sim
