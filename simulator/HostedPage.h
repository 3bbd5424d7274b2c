// SPDX-License-Identifier: MIT
#pragma once

#include "CheckoutSessions.h"
#include "PaymentEngine.h"
#include "SimContext.h"

#include "Request.h"
#include "Response.h"

#include <QString>

#include <string>

namespace Kiosk::Sim {

/**
 * The hosted payment page: GET /c/pay/{id} renders it (CheckoutPage), POST /c/pay/{id} pays
 * through the PaymentEngine (303 to success_url, or the page again with the message inline), and
 * POST /c/pay/{id}/authenticate completes or fails a 3-D Secure step. Amounts are formatted
 * for the session's locale with the simulator's own currency table, in its language (PageTexts).
 * With allow_promotion_codes, POST /c/pay/{id}/promotion_code applies a code: the session is
 * repriced (SessionPricing) and the page shown again, or the code refused inline. The form also
 * collects what the session asks for (SessionCollection), and GET /c/recover/{id} is an expired
 * session's recovery link (after_expiration[recovery]).
 */
class HostedPage final
{
public:
    HostedPage(SimContext &sim, CheckoutSessions &sessions, PaymentEngine &engine, SessionPricing::Sources pricing);

    /** Answers a request under /c/pay/. */
    Http::Response handle(const Http::Request &request, const QString &path);

private:
    /** `languages`: the browser's Accept-Language, for sessions with locale auto (or none). */
    Http::Response pageFor(const std::string &id, const QByteArray &languages, const PaymentOutcome *outcome,
        const PaymentInput *typed, const QString &promotionError = {}, const QString &typedCode = {});
    Http::Response applyPromotionCode(const std::string &id, const QByteArray &languages, const QString &code);
    /** GET /c/recover/{id}: a copy of the expired session (303 to its page), or a notice. */
    Http::Response recover(const std::string &id, const QByteArray &languages);

    SimContext &m_sim;
    CheckoutSessions &m_sessions;
    PaymentEngine &m_engine;
    SessionPricing::Sources m_pricing;
};

} // namespace Kiosk::Sim
