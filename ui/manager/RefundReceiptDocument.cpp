// SPDX-License-Identifier: MIT
#include "RefundReceiptDocument.h"

#include "Money.h"

#include <QDir>
#include <QFileInfo>
#include <QPrinter>
#include <QTextDocument>

namespace Kiosk::Ui {

RefundReceiptDocument::RefundReceiptDocument(
    Kiosk::Order order, Kiosk::OrderRefund refund, QString shopName, QLocale locale)
    : m_order(std::move(order))
    , m_refund(std::move(refund))
    , m_shopName(std::move(shopName))
    , m_locale(std::move(locale))
{ }

QString RefundReceiptDocument::reasonText(const QString &reason)
{
    if (reason == QLatin1String("requested_by_customer"))
        return tr("Requested by the customer");
    if (reason == QLatin1String("duplicate"))
        return tr("Duplicate payment");
    if (reason == QLatin1String("fraudulent"))
        return tr("Fraudulent payment");
    return reason;
}

QString RefundReceiptDocument::statusText(Kiosk::RefundRecord::Status status)
{
    switch (status) {
    case Kiosk::RefundRecord::Status::Pending:
        return tr("Pending at Stripe", "refund status");
    case Kiosk::RefundRecord::Status::Succeeded:
        return tr("Refunded", "refund status");
    case Kiosk::RefundRecord::Status::Failed:
        return tr("Failed", "refund status");
    case Kiosk::RefundRecord::Status::Canceled:
        return tr("Cancelled", "refund status");
    }
    return QString();
}

QString RefundReceiptDocument::suggestedFileName() const
{
    return QStringLiteral("refund-%1-%2.pdf").arg(m_order.number).arg(m_refund.id);
}

QString RefundReceiptDocument::html() const
{
    const auto money = [this](qint64 minor) {
        const auto m = Money::fromMinor(minor, m_order.currency);
        return (m ? m->format(m_locale) : QString::number(minor)).toHtmlEscaped();
    };
    const auto row = [](const QString &left, const QString &right) {
        return QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td></tr>").arg(left, right);
    };
    QString rows;
    for (const Kiosk::RefundLine &line : m_refund.lines) {
        const Kiosk::OrderLine *ordered
            = line.line >= 1 && line.line <= m_order.lines.size() ? &m_order.lines.at(line.line - 1) : nullptr;
        const QString name = ordered ? ordered->name : tr("Line %1").arg(line.line);
        rows += row(tr("%1 \u00d7 %2", "receipt line: quantity × product name")
                        .arg(m_locale.toString(line.quantity), name)
                        .toHtmlEscaped(),
            line.amount > 0 ? money(line.amount) : QString());
    }
    if (m_refund.lines.isEmpty())
        rows += row(tr("Amount refunded").toHtmlEscaped(), money(m_refund.amount));
    rows += QStringLiteral("<tr><td colspan=\"2\"><hr/></td></tr>");
    for (const Kiosk::RateAmount &tax : m_refund.tax)
        rows += row(tr("Tax %1 included", "tax rate name").arg(tax.rate).toHtmlEscaped(), money(tax.amount));
    rows += QStringLiteral("<tr><td><b>%1</b></td><td align=\"right\"><b>%2</b></td></tr>")
                .arg(tr("Total refunded").toHtmlEscaped(), money(m_refund.amount));

    const QDateTime when = (m_refund.createdAt.isValid() ? m_refund.createdAt : m_refund.updatedAt).toLocalTime();
    QString html = QStringLiteral("<html><body style=\"font-family: sans-serif;\">"
                                  "<h2 align=\"center\">%1</h2>"
                                  "<p align=\"center\"><b>%2</b><br/>%3</p>")
                       .arg(m_shopName.toHtmlEscaped(), tr("Refund for order %1").arg(m_order.number).toHtmlEscaped(),
                           m_locale.toString(when, QLocale::ShortFormat).toHtmlEscaped());
    if (!m_refund.reason.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(tr("Reason: %1").arg(reasonText(m_refund.reason)).toHtmlEscaped());
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\">%1</table>").arg(rows);
    if (m_refund.status != Kiosk::RefundRecord::Status::Succeeded)
        html += QStringLiteral("<p>%1</p>").arg(tr("Status: %1").arg(statusText(m_refund.status)).toHtmlEscaped());
    html += QStringLiteral("<p>%1</p></body></html>")
                .arg(tr("The money goes back to the card that paid; it can take 5 to 10 days to appear.")
                         .toHtmlEscaped());
    return html;
}

void RefundReceiptDocument::print(QPrinter &printer) const
{
    QTextDocument document;
    document.setHtml(html());
    document.print(&printer);
}

Kiosk::Status RefundReceiptDocument::savePdf(const QString &path) const
{
    const QFileInfo info(path);
    if (!info.absoluteDir().exists())
        return makeError(QStringLiteral("save_failed"), tr("The folder of %1 does not exist.").arg(path));
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printer.setPageSize(QPageSize(QPageSize::A6));
    printer.setDocName(tr("Refund for order %1").arg(m_order.number));
    print(printer);
    if (!QFileInfo(path).exists() || QFileInfo(path).size() == 0)
        return makeError(QStringLiteral("save_failed"), tr("Could not write the receipt to %1.").arg(path));
    return {};
}

} // namespace Kiosk::Ui
