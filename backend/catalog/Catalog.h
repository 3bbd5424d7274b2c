// SPDX-License-Identifier: MIT
#pragma once

#include "OptionSelection.h"
#include "TaxPolicy.h"

#include <QHash>
#include <QList>

namespace Kiosk {

/**
 * The products on sale, all in one currency. Loaded whole from JSON (resources/catalog/) or
 * imported from a shop owner's CSV; a bad file is rejected whole with an error naming the line
 * or record and the problem, and nothing is imported. Immutable after loading; cheap lookups by
 * id, SKU and barcode.
 */
class Catalog
{
public:
    Catalog() = default;

    static Result<Catalog> loadJsonFile(const QString &path);
    static Result<Catalog> fromJson(const QByteArray &json, const QString &imageBaseDir = QString());
    /** CSV with a header row: sku,barcode,name,description,category,price,currency,image,active
     *  and optionally id, options (the option groups, resources/catalog/README.md) and
     *  tax_category. A CSV carries no rates: they come from the settings (setTaxPolicy()). */
    static Result<Catalog> importCsvFile(const QString &path);
    static Result<Catalog> fromCsv(const QByteArray &csv, const QString &imageBaseDir = QString());
    /** Writes the catalog back as JSON (what loadJsonFile reads). */
    [[nodiscard]] QByteArray toJson() const;

    /** Only active products, in file order. */
    [[nodiscard]] QList<Product> activeProducts() const;
    [[nodiscard]] const QList<Product> &products() const { return m_products; }
    /** Categories of active products, in first-seen order. */
    [[nodiscard]] QStringList categories() const;
    [[nodiscard]] const Product *byId(const QString &id) const;
    [[nodiscard]] const Product *bySku(const QString &sku) const;
    [[nodiscard]] const Product *byBarcode(const QString &barcode) const;
    /** Case-insensitive match on name, SKU, barcode and category, over active products only
     *  (inactive ones cannot be sold); an empty text gives every active product. */
    [[nodiscard]] QList<Product> search(const QString &text) const;
    [[nodiscard]] const Currency &currency() const { return m_currency; }
    /** The shop's tax rates (empty: no tax). */
    [[nodiscard]] const TaxPolicy &taxPolicy() const { return m_tax; }
    /** Replaces the tax rates (the settings' over the file's). "invalid_tax" and nothing
     *  changes when the policy is bad or, with rates, a product's tax category has none (the
     *  error names the product). */
    Status setTaxPolicy(TaxPolicy policy);
    /** The rate the product is taxed at; nullopt without tax. */
    [[nodiscard]] std::optional<TaxRate> taxRateFor(const Product &product) const;
    [[nodiscard]] bool isEmpty() const { return m_products.isEmpty(); }

    /** Whether the text is an EAN-8, UPC-A, EAN-13 or GTIN-14: digits only, valid check digit. */
    static bool isValidBarcode(QStringView digits);

private:
    QList<Product> m_products;
    QHash<QString, qsizetype> m_byId, m_bySku, m_byBarcode;
    Currency m_currency;
    TaxPolicy m_tax;
    friend class CatalogBuilder;
};

} // namespace Kiosk
