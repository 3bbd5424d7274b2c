// SPDX-License-Identifier: MIT
#include "CatalogBuilder.h"

#include <QDir>
#include <QFileInfo>

namespace Kiosk {

namespace {

Error invalid(const QString &label, const QString &problem)
{
    return makeError(QStringLiteral("invalid_catalog"), label + QStringLiteral(": ") + problem);
}

/** The text without control and invisible format characters (U+FEFF byte order marks, zero-width
 *  spaces, bidi marks) and with control characters other than line breaks as spaces, trimmed: what a person can see of
 * a one-line catalog field, and what the JSON and CSV readers then agree on. */
QString visibleText(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const QChar::Category category = c.category();
        if (c == QLatin1Char('\n'))
            out.append(c); // names and descriptions may have lines
        else if (category == QChar::Other_Control)
            out.append(QLatin1Char(' ')); // a tab, a carriage return or a NUL
        else if (category != QChar::Other_Format)
            out.append(c);
    }
    return out.trimmed();
}

QString quoted(const QString &text)
{
    return QLatin1Char('"') + text + QLatin1Char('"');
}

} // namespace

CatalogBuilder::CatalogBuilder(QString imageBaseDir)
    : m_imageBaseDir(std::move(imageBaseDir))
{ }

Status CatalogBuilder::add(Product product, const QString &label)
{
    product.id = visibleText(product.id);
    product.sku = visibleText(product.sku);
    product.barcode = visibleText(product.barcode);
    product.name = visibleText(product.name);
    product.description = visibleText(product.description);
    product.category = visibleText(product.category);
    product.image = visibleText(product.image);

    // SKU first: a CSV file without an id column takes the id from the SKU.
    if (product.sku.isEmpty())
        return invalid(label, QStringLiteral("sku is missing"));
    if (product.id.isEmpty())
        return invalid(label, QStringLiteral("id is missing"));
    if (product.name.isEmpty())
        return invalid(label, QStringLiteral("name is missing"));
    if (product.category.isEmpty())
        return invalid(label, QStringLiteral("category is missing"));
    if (!product.price.isValid())
        return invalid(label, QStringLiteral("price is missing"));
    if (product.price.currency() != m_catalog.m_currency)
        return invalid(label,
            QStringLiteral("price is in %1 but the catalog is in %2")
                .arg(product.price.currency().code, m_catalog.m_currency.code));
    if (product.price.minorUnits() <= 0)
        return invalid(
            label, QStringLiteral("price %1 must be greater than zero").arg(quoted(product.price.toDecimalString())));
    if (product.price.minorUnits() > product.price.currency().maximumCharge)
        return invalid(label,
            QStringLiteral("price %1 is above the largest amount Stripe can charge")
                .arg(quoted(product.price.toDecimalString())));
    if (!product.barcode.isEmpty() && !Catalog::isValidBarcode(product.barcode))
        return invalid(label,
            QStringLiteral("barcode %1 is not a valid EAN-8, UPC-A, EAN-13 or GTIN-14 "
                           "(digits only, with a correct check digit)")
                .arg(quoted(product.barcode)));

    auto duplicate = [&](const QHash<QString, qsizetype> &index, const QString &key, const char *what) -> Status {
        const auto it = index.constFind(key);
        if (it == index.constEnd())
            return {};
        return invalid(label,
            QStringLiteral("%1 %2 is already used by %3").arg(QLatin1String(what), quoted(key), m_labels.at(*it)));
    };
    // SKU first: CSV files usually have no id column and take the id from the SKU.
    if (Status s = duplicate(m_catalog.m_bySku, product.sku, "sku"); !s)
        return s;
    if (Status s = duplicate(m_catalog.m_byId, product.id, "id"); !s)
        return s;
    if (!product.barcode.isEmpty()) {
        if (Status s = duplicate(m_catalog.m_byBarcode, product.barcode, "barcode"); !s)
            return s;
    }

    if (!product.image.isEmpty() && !m_imageBaseDir.isEmpty() && QFileInfo(product.image).isRelative())
        product.image = QDir::cleanPath(QDir(m_imageBaseDir).absoluteFilePath(product.image));

    const qsizetype index = m_catalog.m_products.size();
    m_catalog.m_byId.insert(product.id, index);
    m_catalog.m_bySku.insert(product.sku, index);
    if (!product.barcode.isEmpty())
        m_catalog.m_byBarcode.insert(product.barcode, index);
    m_catalog.m_products.append(std::move(product));
    m_labels.append(label);
    return {};
}

Result<Catalog> CatalogBuilder::finish()
{
    if (m_catalog.m_products.isEmpty())
        return makeError(QStringLiteral("invalid_catalog"), QStringLiteral("the catalog has no products"));
    return std::move(m_catalog);
}

} // namespace Kiosk
