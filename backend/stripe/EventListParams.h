// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace Kiosk {

/** Filters of GET /v1/events. Empty/unset members are not sent. */
struct EventListParams
{
    QStringList types; // sent as types[0], types[1], …
    std::optional<qint64> createdGt;
    int limit = 100;
    QString startingAfter;
    std::optional<bool> deliverySuccess;

    /** Query parameters as stripe-node sends them for
     *  {types, created: {gt}, limit, starting_after, delivery_success}. */
    [[nodiscard]] QList<QPair<QString, QString>> toParams() const;
};

} // namespace Kiosk
