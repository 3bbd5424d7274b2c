// SPDX-License-Identifier: MIT
#pragma once

#include "OrderStore.h"

#include <QDateTime>

#include <functional>

class QIODevice;

namespace Kiosk {

/**
 * Writes the orders matching a HistoryFilter as CSV (RFC 4180: comma separated, CRLF line ends,
 * fields with a comma, quote or line break quoted, quotes doubled). Rows are streamed from the
 * store page by page, newest first, so memory stays flat for a million orders. Amounts are exact
 * decimal strings with a currency column (total is what the customer pays, tax the order's tax
 * inclusive or exclusive), times ISO-8601 UTC; the last columns are the amount
 * refunded (pending and succeeded refunds) and the items ("2 × Flat white = 9.00; …", read per
 * page in one query). Text cells starting with = + - @,
 * a tab or a carriage return get a leading ' so a spreadsheet does not run them as formulas.
 * Uses only QtCore; no widgets.
 */
class OrderCsvWriter final
{
public:
    static constexpr int kPageSize = 500;
    /** Called with the rows written so far after each page; returning false stops the export. */
    using Progress = std::function<bool(qint64 written)>;

    explicit OrderCsvWriter(const Kiosk::OrderStore *store);

    /**
     * Writes the header and every matching order to `out` (open for writing). Orders created
     * after `asOf` (default: now) are left out, so rows arriving during the export neither
     * shift pages nor appear twice. Returns the number of orders written.
     */
    Kiosk::Result<qint64> write(
        const Kiosk::HistoryFilter &filter, QIODevice *out, const QDateTime &asOf = QDateTime()) const;
    /** As above, reporting to `progress` after each page; a false return stops with "cancelled". */
    Kiosk::Result<qint64> write(
        const Kiosk::HistoryFilter &filter, QIODevice *out, const QDateTime &asOf, const Progress &progress) const;

    /** One CSV field, quoted as needed; `neutralise` guards against formula injection. */
    static QString field(const QString &value, bool neutralise = true);
    static QStringList header();
    /** One order's cells, in header() order. */
    static QStringList row(const Kiosk::Order &order);

private:
    const Kiosk::OrderStore *m_store;
};

} // namespace Kiosk
