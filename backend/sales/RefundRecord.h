// SPDX-License-Identifier: MIT
#pragma once

#include "RateAmount.h"

namespace Kiosk {

/** One refunded line: how many units of line `line` (1-based). */
struct RefundLine
{
    int line = 0;
    qint64 quantity = 0;
    qint64 amount = 0; ///< in a plan: what these units give back (0 when not known)
};

/**
 * A refund already made or under way, as the planner needs it: amount, status, the lines and
 * the tax it gave back. A refund made outside the kiosk (the Dashboard) has no lines and no
 * recorded tax (`taxRecorded` false).
 */
struct RefundRecord
{
    enum class Status { Pending, Succeeded, Failed, Canceled };
    qint64 amount = 0;
    Status status = Status::Pending;
    QList<RefundLine> lines;
    RateAmounts tax;
    bool taxRecorded = true;

    /** Pending and succeeded refunds hold money back; failed and canceled ones gave none. */
    [[nodiscard]] bool counts() const { return status == Status::Pending || status == Status::Succeeded; }
};

} // namespace Kiosk
