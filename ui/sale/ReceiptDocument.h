// SPDX-License-Identifier: MIT
#pragma once

#include "Order.h"
#include "Result.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

class QPrinter;

namespace Kiosk::Ui {

/** The customer's receipt for an order: HTML for the screen and for printing or saving as PDF. */
class ReceiptDocument final
{
    Q_DECLARE_TR_FUNCTIONS(Kiosk::Ui::ReceiptDocument)

public:
    ReceiptDocument(Kiosk::Order order, QString shopName, QLocale locale);

    [[nodiscard]] QString html() const;
    /** Prints on the given printer (a real one, or PdfFormat for a file). */
    void print(QPrinter &printer) const;
    /** Writes an A6-ish PDF to path. Errors name the path. */
    [[nodiscard]] Status savePdf(const QString &path) const;

private:
    Kiosk::Order m_order;
    QString m_shopName;
    QLocale m_locale;
};

} // namespace Kiosk::Ui
