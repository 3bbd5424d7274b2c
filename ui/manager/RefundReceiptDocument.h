// SPDX-License-Identifier: MIT
#pragma once

#include "Order.h"
#include "OrderRefund.h"
#include "Result.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

class QPrinter;

namespace Kiosk::Ui {

/**
 * The customer's receipt for one refund of an order: shop, order number, date, reason, the
 * refunded lines (or "amount refunded" for a refund not tied to lines), tax given back per rate
 * and the total, and the refund's status unless it succeeded. HTML for printing or a PDF, like
 * the sale's ReceiptDocument.
 */
class RefundReceiptDocument final
{
    Q_DECLARE_TR_FUNCTIONS(Kiosk::Ui::RefundReceiptDocument)

public:
    RefundReceiptDocument(Kiosk::Order order, Kiosk::OrderRefund refund, QString shopName, QLocale locale);

    [[nodiscard]] QString html() const;
    /** Prints on the given printer (a real one, or PdfFormat for a file). */
    void print(QPrinter &printer) const;
    /** Writes an A6 PDF to path. Errors name the path. */
    [[nodiscard]] Kiosk::Status savePdf(const QString &path) const;
    /** "refund-K1-000123-2.pdf": a file name to suggest. */
    [[nodiscard]] QString suggestedFileName() const;

    /** The reason as people read it ("Requested by the customer"); empty for none. */
    static QString reasonText(const QString &reason);
    /** The status as people read it ("Pending at Stripe", "Refunded", "Failed", "Cancelled"). */
    static QString statusText(Kiosk::RefundRecord::Status status);

private:
    Kiosk::Order m_order;
    Kiosk::OrderRefund m_refund;
    QString m_shopName;
    QLocale m_locale;
};

} // namespace Kiosk::Ui
