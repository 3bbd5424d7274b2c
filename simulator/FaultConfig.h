// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

namespace Kiosk::Sim {

/**
 * Faults the simulator injects into its API (/v1/…) and its webhook deliveries. Mirrors the JSON of
 * POST /_sim/faults and the stripe-sim command-line flags; a default-constructed value injects nothing.
 */
struct FaultConfig
{
    /** What a failing API request gets. */
    enum class FailMode {
        Status, ///< answer failStatus with Stripe's error body, before executing (never stored for idempotency)
        Drop, ///< close the socket without an answer, before executing
        DropAfterExecution ///< execute (and store for idempotency), then close the socket without an answer
    };

    int failCount = 0; ///< fail the next N matching API requests
    int failStatus = 500;
    FailMode failMode = FailMode::Status;
    QString failPath; ///< only requests whose path starts with this (empty: any)
    QByteArray failMethod; ///< only this method (empty: any)

    int delayMs = 0; ///< answer matching API requests this much later (asynchronously)
    int delayCount = 0; ///< how many requests to delay; 0 means every request while delayMs > 0
    QString delayPath; ///< only requests whose path starts with this (empty: any)

    bool webhookDuplicate = false; ///< deliver every event twice
    int webhookReorder = 0; ///< hold events until this many are queued, then deliver them newest first
    bool webhookDrop = false; ///< never deliver (events stay pending, delivery_success=false)
};

} // namespace Kiosk::Sim
