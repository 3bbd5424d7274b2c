// SPDX-License-Identifier: MIT
#include "ReceiptDocument.h"

#include "Money.h"
#include "OrderStatusStyle.h"
#include "TaxText.h"

#include <QDir>
#include <QFileInfo>
#include <QPrinter>
#include <QTextDocument>

namespace Kiosk::Ui {

ReceiptDocument::ReceiptDocument(Kiosk::Order order, QString shopName, QLocale locale)
    : m_order(std::move(order))
    , m_shopName(std::move(shopName))
    , m_locale(std::move(locale))
{ }

QString ReceiptDocument::html() const
{
    const auto money = [this](qint64 minor) {
        const auto m = Money::fromMinor(minor, m_order.currency);
        return m ? m->format(m_locale) : QString::number(minor);
    };
    QString rows;
    for (const OrderLine &line : m_order.lines) {
        rows += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td></tr>")
                    .arg(tr("%1 \u00d7 %2", "receipt line: quantity × product name")
                             .arg(m_locale.toString(line.quantity))
                             .arg(line.name.toHtmlEscaped()),
                        money(line.lineTotal));
    }
    // Net, tax per rate, then the total (gross): what an EU receipt must show.
    QString taxRows;
    for (const TaxText::Row &row : TaxText::breakdown(m_order.amountNet(), m_order.taxByRate(), m_locale))
        taxRows += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td></tr>")
                       .arg(row.caption.toHtmlEscaped(), money(row.amount));
    const QDateTime when = (m_order.paidAt.isValid() ? m_order.paidAt : m_order.createdAt).toLocalTime();
    QString html
        = QStringLiteral("<html><body style=\"font-family: sans-serif;\">"
                         "<h2 align=\"center\">%1</h2>"
                         "<p align=\"center\">%2<br/>%3</p>"
                         "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\">%4"
                         "<tr><td colspan=\"2\"><hr/></td></tr>%5"
                         "<tr><td><b>%6</b></td><td align=\"right\"><b>%7</b></td></tr></table>")
              .arg(m_shopName.toHtmlEscaped(),
                  tr("Receipt %1", "receipt heading with the order number").arg(m_order.number).toHtmlEscaped(),
                  m_locale.toString(when, QLocale::ShortFormat), rows, taxRows,
                  tr("Total", "receipt total").toHtmlEscaped(), money(m_order.amountTotal));
    if (m_order.isCash()) {
        // What was handed over and given back, under the total.
        QString cashRows;
        if (m_order.cashRounding != 0)
            cashRows += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td></tr>")
                            .arg(tr("Cash rounding").toHtmlEscaped(), money(m_order.cashRounding));
        cashRows += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td></tr>")
                        .arg(tr("Cash tendered").toHtmlEscaped(), money(m_order.cashTendered));
        cashRows += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td></tr>")
                        .arg(tr("Change").toHtmlEscaped(), money(m_order.cashChange));
        html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\">%1</table>").arg(cashRows);
    }
    QString paragraph;
    if (m_order.status != OrderStatus::Paid)
        paragraph = tr("Status: %1").arg(OrderStatusStyle::displayName(m_order.status));
    else if (m_order.isCash())
        paragraph = tr("Paid in cash.");
    else if (m_order.customerEmail.isEmpty())
        paragraph = tr("Paid by card.");
    else
        paragraph = tr("Paid by card \u2014 receipt sent to %1.").arg(m_order.customerEmail);
    html += QStringLiteral("<p>%1</p>").arg(paragraph.toHtmlEscaped());
    html += QStringLiteral("<p align=\"center\">%1</p></body></html>").arg(tr("Thank you!").toHtmlEscaped());
    return html;
}

void ReceiptDocument::print(QPrinter &printer) const
{
    QTextDocument document;
    document.setHtml(html());
    document.print(&printer);
}

Status ReceiptDocument::savePdf(const QString &path) const
{
    const QFileInfo info(path);
    if (!info.absoluteDir().exists())
        return makeError(QStringLiteral("save_failed"), tr("The folder of %1 does not exist.").arg(path));
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printer.setPageSize(QPageSize(QPageSize::A6));
    printer.setDocName(tr("Receipt %1", "receipt heading with the order number").arg(m_order.number));
    print(printer);
    if (!QFileInfo(path).exists() || QFileInfo(path).size() == 0)
        return makeError(QStringLiteral("save_failed"), tr("Could not write the receipt to %1.").arg(path));
    return {};
}

} // namespace Kiosk::Ui
