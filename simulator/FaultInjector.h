// SPDX-License-Identifier: MIT
#pragma once

#include "ApiError.h"
#include "ControlBody.h"
#include "FaultConfig.h"

#include <QByteArray>
#include <QString>

#include <nlohmann/json.hpp>

#include <optional>

namespace Kiosk::Sim {

/**
 * Decides, per API request, which of the configured FaultConfig faults hit it, and counts them
 * down. The webhook faults are applied by the WebhookDispatcher; this class only keeps them.
 * Also the JSON of GET/POST /_sim/faults.
 */
class FaultInjector final
{
public:
    enum class Action {
        None,
        Fail, ///< answer failure() before executing
        Drop, ///< close the connection before executing
        DropAfterExecution, ///< execute (and store for idempotency), then close
    };

    void set(const FaultConfig &faults) { m_faults = faults; }
    [[nodiscard]] const FaultConfig &config() const { return m_faults; }

    /** The failure fault for this request (consumes one of fail_count when it matches). */
    Action onApiRequest(const QByteArray &method, const QString &path);
    /** The error body of Action::Fail: 429 rate_limit, 5xx api_error, else invalid_request_error. */
    [[nodiscard]] ApiError failure() const;
    /** How late to answer this request, if a delay fault matches (consumes one of delay_count). */
    std::optional<int> delayFor(const QString &path);

    /** The faults as GET /_sim/faults shows them. */
    [[nodiscard]] nlohmann::json toJson() const;
    /** The current faults with the fields of a POST /_sim/faults body applied (problems go into `body`). */
    [[nodiscard]] FaultConfig merged(ControlBody &body) const;

private:
    FaultConfig m_faults;
};

} // namespace Kiosk::Sim
