// SPDX-License-Identifier: MIT
#include "CatalogBuilder.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>

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

/** An id made from a name when the file gives none: lower case, runs of anything but letters and
 *  digits as one '-' ("Oat milk" → "oat-milk"). */
QString idFromName(const QString &name)
{
    QString id;
    for (const QChar c : name.toLower()) {
        if (c.isLetterOrNumber())
            id.append(c);
        else if (!id.isEmpty() && !id.endsWith(QLatin1Char('-')))
            id.append(QLatin1Char('-'));
    }
    while (id.endsWith(QLatin1Char('-')))
        id.chop(1);
    return id.left(OptionGroup::MaxIdLength);
}

bool isValidOptionId(const QString &id)
{
    if (id.isEmpty() || id.size() > OptionGroup::MaxIdLength)
        return false;
    for (const QChar c : id) {
        if (!c.isLetterOrNumber() && c != QLatin1Char('-') && c != QLatin1Char('_') && c != QLatin1Char('.'))
            return false;
    }
    return true;
}

/** Checks one product's option groups in place (trims, derives missing ids); label names the
 *  product. Errors name the group. */
Status checkOptionGroups(QList<OptionGroup> &groups, const Currency &currency, const QString &label)
{
    if (groups.size() > Product::MaxOptionGroups)
        return invalid(label,
            QStringLiteral("has %1 option groups; at most %2 are allowed")
                .arg(groups.size())
                .arg(Product::MaxOptionGroups));
    QSet<QString> groupIds, optionIds;
    for (qsizetype g = 0; g < groups.size(); ++g) {
        OptionGroup &group = groups[g];
        group.name = visibleText(group.name);
        group.id = visibleText(group.id);
        if (group.name.isEmpty())
            return invalid(label, QStringLiteral("option group %1 has no name").arg(g + 1));
        const QString where = label + QStringLiteral(", option group ") + quoted(group.name);
        if (group.name.size() > OptionGroup::MaxNameLength || group.name.contains(QLatin1Char('\n')))
            return invalid(where,
                QStringLiteral("the name must be one line of at most %1 characters").arg(OptionGroup::MaxNameLength));
        if (group.id.isEmpty())
            group.id = idFromName(group.name);
        if (!isValidOptionId(group.id))
            return invalid(where,
                QStringLiteral("id %1 must be 1 to %2 letters, digits, '-', '_' or '.'")
                    .arg(quoted(group.id))
                    .arg(OptionGroup::MaxIdLength));
        if (groupIds.contains(group.id))
            return invalid(
                where, QStringLiteral("id %1 is used by another group of this product").arg(quoted(group.id)));
        groupIds.insert(group.id);
        if (group.options.isEmpty())
            return invalid(where, QStringLiteral("has no options"));
        if (group.options.size() > OptionGroup::MaxOptions)
            return invalid(where,
                QStringLiteral("has %1 options; at most %2 are allowed")
                    .arg(group.options.size())
                    .arg(OptionGroup::MaxOptions));
        if (group.minChoices < 0 || group.maxChoices < 1 || group.minChoices > group.maxChoices
            || group.maxChoices > group.options.size())
            return invalid(where,
                QStringLiteral("min %1 and max %2 must satisfy 0 <= min <= max, 1 <= max <= %3 (its number of "
                               "options)")
                    .arg(group.minChoices)
                    .arg(group.maxChoices)
                    .arg(group.options.size()));
        for (ProductOption &option : group.options) {
            option.name = visibleText(option.name);
            option.id = visibleText(option.id);
            if (option.name.isEmpty())
                return invalid(where, QStringLiteral("an option has no name"));
            if (option.name.size() > OptionGroup::MaxNameLength || option.name.contains(QLatin1Char('\n')))
                return invalid(where,
                    QStringLiteral("option %1: the name must be one line of at most %2 characters")
                        .arg(quoted(option.name.left(OptionGroup::MaxNameLength)))
                        .arg(OptionGroup::MaxNameLength));
            if (option.id.isEmpty())
                option.id
                    = QString(group.id + QLatin1Char('.') + idFromName(option.name)).left(OptionGroup::MaxIdLength);
            if (!isValidOptionId(option.id))
                return invalid(where,
                    QStringLiteral("option %1: id %2 must be 1 to %3 letters, digits, '-', '_' or '.'")
                        .arg(quoted(option.name), quoted(option.id))
                        .arg(OptionGroup::MaxIdLength));
            if (optionIds.contains(option.id))
                return invalid(where,
                    QStringLiteral("option %1: id %2 is used by another option of this product")
                        .arg(quoted(option.name), quoted(option.id)));
            optionIds.insert(option.id);
            if (!option.priceDelta.isValid())
                option.priceDelta = Money(0, currency);
            if (option.priceDelta.currency() != currency)
                return invalid(
                    where, QStringLiteral("option %1: price is not in %2").arg(quoted(option.name), currency.code));
            // A negative delta would let a choice lower a price below what the shop set; a
            // cheaper variant is a product of its own.
            if (option.priceDelta.minorUnits() < 0)
                return invalid(where,
                    QStringLiteral("option %1: price %2 must not be negative")
                        .arg(quoted(option.name), quoted(option.priceDelta.toDecimalString())));
            if (option.priceDelta.minorUnits() > currency.maximumCharge)
                return invalid(where,
                    QStringLiteral("option %1: price %2 is above the largest amount Stripe can charge")
                        .arg(quoted(option.name), quoted(option.priceDelta.toDecimalString())));
        }
    }
    return {};
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
    product.taxCategory = visibleText(product.taxCategory);
    if (product.taxCategory.isEmpty())
        product.taxCategory = TaxPolicy::defaultCategory();

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
    if (!TaxPolicy::isValidCategory(product.taxCategory))
        return invalid(label,
            QStringLiteral("tax_category %1 must be 1 to %2 letters, digits, '-' or '_'")
                .arg(quoted(product.taxCategory.left(TaxPolicy::kMaxCategoryLength)))
                .arg(TaxPolicy::kMaxCategoryLength));
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

    if (Status s = checkOptionGroups(product.optionGroups, m_catalog.m_currency, label); !s)
        return s;

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
    if (Status taxed = m_catalog.setTaxPolicy(m_tax); !taxed)
        return makeError(QStringLiteral("invalid_catalog"), taxed.error().message);
    return std::move(m_catalog);
}

} // namespace Kiosk
