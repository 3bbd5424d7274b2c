// SPDX-License-Identifier: MIT
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace Kiosk {

/**
 * application/x-www-form-urlencoded exactly as stripe-node 23 writes it (utils.js
 * stringifyRequestData): UTF-8, everything but A–Z a–z 0–9 - _ . ~ percent-encoded with
 * upper-case hex, except that `[` and `]` stay literal; space is %20; pairs joined by `&`.
 * Stateless.
 */
class FormEncoder final
{
public:
    using Params = QList<QPair<QString, QString>>;

    /** "k1=v1&k2=v2" for flat, already bracketed pairs. */
    static QByteArray encode(const Params &params);
    /** One key or value. */
    static QByteArray encodeComponent(const QString &text);
    /**
     * Flattens a JSON object into bracketed pairs the way stripe-node flattens the equivalent
     * JS object: nested objects as a[b], arrays indexed a[0], null as the empty value, booleans
     * as true/false, undefined-free. Keys follow JS property order (integer-like keys first,
     * ascending). Non-integer numbers are rejected: amounts are integers.
     */
    static Result<Params> flattenJson(const QByteArray &jsonObject);
    /**
     * The order in which JS enumerates an object built by assigning these pairs in turn: a
     * repeated key keeps its first position and its last value; integer-like keys ("0", "12")
     * come first in ascending order, then the rest in insertion order. Metadata goes through
     * this so our bodies match stripe-node's for the same object.
     */
    static Params jsPropertyOrder(const Params &entries);
};

} // namespace Kiosk
