// SPDX-License-Identifier: MIT
#include "DayReportJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Kiosk {

namespace {

const QList<Discrepancy::Kind> kKinds { Discrepancy::Kind::PaidAtStripeNotHere, Discrepancy::Kind::PaidHereNotAtStripe,
    Discrepancy::Kind::AmountDiffers, Discrepancy::Kind::CurrencyDiffers, Discrepancy::Kind::RefundMissingHere,
    Discrepancy::Kind::RefundMissingAtStripe, Discrepancy::Kind::RefundAmountDiffers };

QJsonValue textOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

QString isoUtc(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QJsonArray taxArray(const RateAmounts &tax)
{
    QJsonArray a;
    for (const RateAmount &t : tax)
        a.append(QJsonObject { { QStringLiteral("rate"), t.rate }, { QStringLiteral("amount"), t.amount } });
    return a;
}

RateAmounts taxFrom(const QJsonArray &a)
{
    RateAmounts tax;
    for (const QJsonValue &v : a)
        tax.append({ v[QLatin1String("rate")].toString(), v[QLatin1String("amount")].toInteger() });
    return tax;
}

} // namespace

QByteArray DayReportJson::toJson(const ReconciledDayReport &report)
{
    const DayReport &day = report.local;
    const QJsonValue closed = report.closed ? QJsonValue(report.closed->number) : QJsonValue(false);
    QJsonArray reports;
    for (const QString &code : report.currencies()) {
        CurrencyDayTotals t;
        t.currency = code;
        for (const CurrencyDayTotals &c : day.currencies) {
            if (c.currency.toUpper() == code)
                t = c;
        }
        QJsonObject o { { QStringLiteral("date"), day.date.toString(Qt::ISODate) },
            { QStringLiteral("currency"), code.toLower() }, { QStringLiteral("sales_count"), t.salesCount },
            { QStringLiteral("gross"), t.gross }, { QStringLiteral("discounts"), t.discounts },
            { QStringLiteral("tax"), taxArray(t.tax) }, { QStringLiteral("refunds"), t.refunds },
            { QStringLiteral("refunds_count"), t.refundsCount }, { QStringLiteral("net"), t.net },
            { QStringLiteral("tenders"),
                QJsonObject { { QStringLiteral("card"), t.card }, { QStringLiteral("cash"), t.cash } } },
            { QStringLiteral("pending_refunds"), t.pendingRefunds },
            { QStringLiteral("needs_review"),
                QJsonObject { { QStringLiteral("count"), t.needsReviewCount },
                    { QStringLiteral("amount"), t.needsReviewAmount } } },
            { QStringLiteral("closed"), closed } };
        // The drawer: float + in - out + cash sales - cash refunds = expected; counted at close.
        const ReconciledDayReport::Drawer *drawer = nullptr;
        for (const ReconciledDayReport::Drawer &d : report.drawers) {
            if (d.currency.toUpper() == code)
                drawer = &d;
        }
        const CashDrawerBalance balance = drawer ? drawer->balance : CashDrawerBalance {};
        const bool counted = drawer && drawer->count;
        o.insert(QStringLiteral("cash_expected"), balance.expected);
        o.insert(QStringLiteral("cash_counted"), counted ? QJsonValue(drawer->count->counted) : QJsonValue());
        o.insert(QStringLiteral("cash_difference"), counted ? QJsonValue(drawer->count->difference) : QJsonValue());
        o.insert(QStringLiteral("cash_drawer"),
            QJsonObject { { QStringLiteral("float"), balance.openingFloat }, { QStringLiteral("in"), balance.cashIn },
                { QStringLiteral("out"), balance.cashOut }, { QStringLiteral("sales"), balance.sales },
                { QStringLiteral("refunds"), balance.refunds }, { QStringLiteral("expected"), balance.expected } });
        QJsonArray discrepancies;
        if (report.stripe) {
            StripeCurrencyTotals s;
            for (const StripeCurrencyTotals &c : report.stripe->currencies) {
                if (c.currency.toUpper() == code)
                    s = c;
            }
            o.insert(QStringLiteral("stripe"),
                QJsonObject { { QStringLiteral("gross"), s.gross }, { QStringLiteral("refunds"), s.refunds },
                    { QStringLiteral("fees"), s.fees }, { QStringLiteral("net"), s.net },
                    { QStringLiteral("matched_payments"), s.matchedPayments },
                    { QStringLiteral("matched_gross"), s.matchedGross },
                    { QStringLiteral("matched_refunds"), s.matchedRefunds },
                    { QStringLiteral("matched_refund_amount"), s.matchedRefundAmount } });
            for (const Discrepancy &d : report.stripe->discrepancies) {
                if (d.currency.toUpper() != code)
                    continue;
                discrepancies.append(QJsonObject { { QStringLiteral("kind"), Discrepancy::kindName(d.kind) },
                    { QStringLiteral("order_number"), textOrNull(d.orderNumber) },
                    { QStringLiteral("stripe_id"), textOrNull(d.stripeId) }, { QStringLiteral("amount"), d.amount },
                    { QStringLiteral("local_amount"), d.localAmount },
                    { QStringLiteral("stripe_amount"), d.stripeAmount } });
            }
        } else {
            o.insert(QStringLiteral("stripe"), QJsonValue());
        }
        o.insert(QStringLiteral("discrepancies"), discrepancies);
        reports.append(o);
    }
    QJsonObject root { { QStringLiteral("date"), day.date.toString(Qt::ISODate) },
        { QStringLiteral("kiosk"), textOrNull(report.kioskId) }, { QStringLiteral("from"), isoUtc(day.fromUtc) },
        { QStringLiteral("to"), isoUtc(day.toUtc) }, { QStringLiteral("closed"), closed },
        { QStringLiteral("stripe_error"), textOrNull(report.stripeError) }, { QStringLiteral("reports"), reports } };
    if (report.closed) {
        root.insert(QStringLiteral("closed_at"), isoUtc(report.closed->closedAt));
        root.insert(
            QStringLiteral("corrects"), report.closed->corrects ? QJsonValue(report.closed->corrects) : QJsonValue());
        root.insert(QStringLiteral("cash_counted"),
            report.closed->cashCounted ? QJsonValue(*report.closed->cashCounted) : QJsonValue());
    }
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

Result<ReconciledDayReport> DayReportJson::fromJson(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    const QJsonObject root = doc.object();
    ReconciledDayReport r;
    r.local.date = QDate::fromString(root.value(QLatin1String("date")).toString(), Qt::ISODate);
    if (error.error != QJsonParseError::NoError || !doc.isObject() || !r.local.date.isValid()
        || !root.value(QLatin1String("reports")).isArray())
        return makeError(QStringLiteral("invalid_report"), QStringLiteral("The stored day report cannot be read."));
    r.kioskId = root.value(QLatin1String("kiosk")).toString();
    r.local.fromUtc = QDateTime::fromString(root.value(QLatin1String("from")).toString(), Qt::ISODateWithMs);
    r.local.toUtc = QDateTime::fromString(root.value(QLatin1String("to")).toString(), Qt::ISODateWithMs);
    r.stripeError = root.value(QLatin1String("stripe_error")).toString();
    bool anyStripe = false;
    StripeReconciliation stripe;
    for (const QJsonValue &v : root.value(QLatin1String("reports")).toArray()) {
        const QJsonObject o = v.toObject();
        CurrencyDayTotals t;
        t.currency = o.value(QLatin1String("currency")).toString().toUpper();
        t.salesCount = o.value(QLatin1String("sales_count")).toInt();
        t.gross = o.value(QLatin1String("gross")).toInteger();
        t.discounts = o.value(QLatin1String("discounts")).toInteger();
        t.tax = taxFrom(o.value(QLatin1String("tax")).toArray());
        t.refunds = o.value(QLatin1String("refunds")).toInteger();
        t.refundsCount = o.value(QLatin1String("refunds_count")).toInt();
        t.net = o.value(QLatin1String("net")).toInteger();
        t.card = o.value(QLatin1String("tenders"))[QLatin1String("card")].toInteger();
        t.cash = o.value(QLatin1String("tenders"))[QLatin1String("cash")].toInteger();
        t.pendingRefunds = o.value(QLatin1String("pending_refunds")).toInteger();
        t.needsReviewCount = o.value(QLatin1String("needs_review"))[QLatin1String("count")].toInt();
        t.needsReviewAmount = o.value(QLatin1String("needs_review"))[QLatin1String("amount")].toInteger();
        r.local.currencies.append(t);
        if (const QJsonObject d = o.value(QLatin1String("cash_drawer")).toObject(); !d.isEmpty()) {
            ReconciledDayReport::Drawer drawer;
            drawer.currency = t.currency;
            drawer.balance.openingFloat = d.value(QLatin1String("float")).toInteger();
            drawer.balance.cashIn = d.value(QLatin1String("in")).toInteger();
            drawer.balance.cashOut = d.value(QLatin1String("out")).toInteger();
            drawer.balance.sales = d.value(QLatin1String("sales")).toInteger();
            drawer.balance.refunds = d.value(QLatin1String("refunds")).toInteger();
            drawer.balance.expected = d.value(QLatin1String("expected")).toInteger();
            if (o.value(QLatin1String("cash_counted")).isDouble())
                drawer.count = CashCount { drawer.balance.expected, o.value(QLatin1String("cash_counted")).toInteger(),
                    o.value(QLatin1String("cash_difference")).toInteger() };
            r.drawers.append(drawer);
        }
        const QJsonObject s = o.value(QLatin1String("stripe")).toObject();
        if (o.value(QLatin1String("stripe")).isObject()) {
            anyStripe = true;
            StripeCurrencyTotals st;
            st.currency = t.currency;
            st.gross = s.value(QLatin1String("gross")).toInteger();
            st.refunds = s.value(QLatin1String("refunds")).toInteger();
            st.fees = s.value(QLatin1String("fees")).toInteger();
            st.net = s.value(QLatin1String("net")).toInteger();
            st.matchedPayments = s.value(QLatin1String("matched_payments")).toInt();
            st.matchedGross = s.value(QLatin1String("matched_gross")).toInteger();
            st.matchedRefunds = s.value(QLatin1String("matched_refunds")).toInt();
            st.matchedRefundAmount = s.value(QLatin1String("matched_refund_amount")).toInteger();
            stripe.currencies.append(st);
        }
        for (const QJsonValue &dv : o.value(QLatin1String("discrepancies")).toArray()) {
            Discrepancy d;
            const QString kind = dv[QLatin1String("kind")].toString();
            for (Discrepancy::Kind k : kKinds) {
                if (Discrepancy::kindName(k) == kind)
                    d.kind = k;
            }
            d.currency = t.currency;
            d.orderNumber = dv[QLatin1String("order_number")].toString();
            d.stripeId = dv[QLatin1String("stripe_id")].toString();
            d.amount = dv[QLatin1String("amount")].toInteger();
            d.localAmount = dv[QLatin1String("local_amount")].toInteger();
            d.stripeAmount = dv[QLatin1String("stripe_amount")].toInteger();
            stripe.discrepancies.append(d);
        }
    }
    if (anyStripe || (r.local.currencies.isEmpty() && r.stripeError.isEmpty()))
        r.stripe = stripe;
    return r;
}

} // namespace Kiosk
