// SPDX-License-Identifier: MIT
#pragma once

#include "Catalog.h"

namespace Kiosk {

/**
 * Collects products read from a JSON or CSV source, checks each one (required fields, price,
 * barcode check digit, unique id/SKU/barcode) and resolves image paths against a base folder.
 * Errors name the record with the label the reader passes ("product 7 (sku CAF-007)",
 * "line 12"). Internal to the catalog readers; use Catalog's factory functions instead.
 */
class CatalogBuilder final
{
public:
    explicit CatalogBuilder(QString imageBaseDir);

    void setCurrency(const Currency &currency) { m_catalog.m_currency = currency; }
    [[nodiscard]] const Currency &currency() const { return m_catalog.m_currency; }
    /** The rates finish() checks every product's tax category against. */
    void setTaxPolicy(TaxPolicy policy) { m_tax = std::move(policy); }

    /** Checks the product and appends it; on error nothing is appended. */
    Status add(Product product, const QString &label);
    /** The finished catalog, or an error when it holds no products. */
    Result<Catalog> finish();

private:
    QString m_imageBaseDir;
    Catalog m_catalog;
    QStringList m_labels;
    TaxPolicy m_tax;
};

} // namespace Kiosk
