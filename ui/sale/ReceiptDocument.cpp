// SPDX-License-Identifier: MIT
#include "ReceiptDocument.h"

#include "Money.h"

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
        rows += QStringLiteral("<tr><td>%1 \u00d7 %2</td><td align=\"right\">%3</td></tr>")
                    .arg(line.quantity)
                    .arg(line.name.toHtmlEscaped(), money(line.lineTotal));
    }
    const QDateTime when = (m_order.paidAt.isValid() ? m_order.paidAt : m_order.createdAt).toLocalTime();
    QString html = QStringLiteral("<html><body style=\"font-family: sans-serif;\">"
                                  "<h2 align=\"center\">%1</h2>"
                                  "<p align=\"center\">Receipt %2<br/>%3</p>"
                                  "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\">%4"
                                  "<tr><td colspan=\"2\"><hr/></td></tr>"
                                  "<tr><td><b>Total</b></td><td align=\"right\"><b>%5</b></td></tr></table>")
                       .arg(m_shopName.toHtmlEscaped(), m_order.number.toHtmlEscaped(),
                           m_locale.toString(when, QLocale::ShortFormat), rows, money(m_order.amountTotal));
    if (m_order.status == OrderStatus::Paid)
        html += QStringLiteral("<p>Paid by card%1.</p>")
                    .arg(m_order.customerEmail.isEmpty()
                            ? QString()
                            : QStringLiteral(" \u2014 receipt sent to ") + m_order.customerEmail.toHtmlEscaped());
    else
        html += QStringLiteral("<p>Status: %1</p>").arg(displayName(m_order.status).toHtmlEscaped());
    html += QStringLiteral("<p align=\"center\">Thank you!</p></body></html>");
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
        return makeError(QStringLiteral("save_failed"), QStringLiteral("The folder of %1 does not exist.").arg(path));
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printer.setPageSize(QPageSize(QPageSize::A6));
    printer.setDocName(QStringLiteral("Receipt ") + m_order.number);
    print(printer);
    if (!QFileInfo(path).exists() || QFileInfo(path).size() == 0)
        return makeError(QStringLiteral("save_failed"), QStringLiteral("Could not write the receipt to %1.").arg(path));
    return {};
}

} // namespace Kiosk::Ui
