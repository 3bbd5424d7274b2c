// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

namespace Kiosk {

/** One page of a Stripe list (`{"object":"list","data":[…],"has_more":…,"url":…}`). */
template <typename T> struct StripeList
{
    QList<T> data;
    bool hasMore = false;
    QString url;
};

} // namespace Kiosk
