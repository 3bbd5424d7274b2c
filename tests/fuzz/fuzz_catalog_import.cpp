// SPDX-License-Identifier: MIT
// The catalog readers (backend/catalog): the JSON catalog and a shop owner's CSV import, both
// files from outside. Every input goes through CsvReader, Catalog::fromCsv and Catalog::fromJson.
// Invariants: no crash, no exception, no undefined behaviour; a refusal has a catalog error code
// and a message; an accepted catalog is non-empty, in one currency, with unique ids, SKUs and
// barcodes, positive prices Stripe can charge, valid barcodes and consistent lookups; and
// toJson() loads back to the same products.

#include "Catalog.h"
#include "CsvReader.h"
#include "FuzzSupport.h"

#include <QSet>

namespace {

using Kiosk::Catalog;
using Kiosk::Product;

bool sameProduct(const Product &a, const Product &b)
{
    const auto same = [](const QString &x, const QString &y) { return x == y; };
    return same(a.id, b.id) && same(a.sku, b.sku) && same(a.barcode, b.barcode) && same(a.name, b.name)
        && same(a.description, b.description) && same(a.category, b.category) && a.price == b.price
        && same(a.image, b.image) && a.active == b.active;
}

QString describe(const Product &p)
{
    return QStringList { p.id, p.sku, p.barcode, p.name, p.description, p.category, p.price.toDecimalString(),
        p.price.currency().code, p.image, p.active ? QStringLiteral("active") : QStringLiteral("inactive") }
        .join(QLatin1Char('|'));
}

void checkRefusal(const Kiosk::Error &error)
{
    static const QStringList codes { QStringLiteral("parse_error"), QStringLiteral("invalid_catalog"),
        QStringLiteral("invalid_csv") };
    FUZZ_CHECK(codes.contains(error.code), "a refusal has a catalog error code");
    FUZZ_CHECK(!error.message.isEmpty(), "a refusal says why");
}

void checkCatalog(const Catalog &catalog)
{
    FUZZ_CHECK(!catalog.isEmpty(), "an accepted catalog has products");
    FUZZ_CHECK(catalog.currency().isValid(), "an accepted catalog has a currency");
    QSet<QString> ids, skus, barcodes;
    for (const Product &p : catalog.products()) {
        FUZZ_CHECK(!p.id.isEmpty() && !p.sku.isEmpty() && !p.name.isEmpty() && !p.category.isEmpty(),
            "required fields are present");
        FUZZ_CHECK(
            p.id == p.id.trimmed() && p.sku == p.sku.trimmed() && p.name == p.name.trimmed(), "fields are trimmed");
        FUZZ_CHECK(p.price.currency() == catalog.currency(), "every price is in the catalog's currency");
        FUZZ_CHECK(p.price.minorUnits() > 0 && p.price.minorUnits() <= p.price.currency().maximumCharge,
            "every price is chargeable");
        FUZZ_CHECK(p.barcode.isEmpty() || Catalog::isValidBarcode(p.barcode), "every barcode is valid");
        FUZZ_CHECK(!ids.contains(p.id) && !skus.contains(p.sku), "ids and SKUs are unique");
        FUZZ_CHECK(p.barcode.isEmpty() || !barcodes.contains(p.barcode), "barcodes are unique");
        ids.insert(p.id);
        skus.insert(p.sku);
        if (!p.barcode.isEmpty())
            barcodes.insert(p.barcode);
        FUZZ_CHECK(catalog.bySku(p.sku) == &p && catalog.byId(p.id) == &p, "lookups find the product");
        if (!p.barcode.isEmpty())
            FUZZ_CHECK(catalog.byBarcode(p.barcode) == &p, "barcode lookup finds the product");
    }
    FUZZ_CHECK(catalog.search(QString()).size() == catalog.activeProducts().size(), "empty search lists all active");

    const Kiosk::Result<Catalog> reloaded = Catalog::fromJson(catalog.toJson());
    if (!reloaded.ok())
        std::fprintf(stderr, "toJson() gave: %s\nloading it: %s\n", catalog.toJson().constData(),
            qPrintable(reloaded.error().toString()));
    FUZZ_CHECK(reloaded.ok(), "toJson() loads back");
    const QList<Product> &before = catalog.products();
    const QList<Product> &after = reloaded.value().products();
    FUZZ_CHECK(before.size() == after.size() && reloaded.value().currency() == catalog.currency(),
        "toJson() keeps every product and the currency");
    for (qsizetype i = 0; i < before.size(); ++i) {
        if (!sameProduct(before.at(i), after.at(i)))
            std::fprintf(stderr, "before: %s\nafter:  %s\n", qPrintable(describe(before.at(i))),
                qPrintable(describe(after.at(i))));
        FUZZ_CHECK(sameProduct(before.at(i), after.at(i)), "toJson() keeps every field");
    }
}

void fuzzCsvReader(const QByteArray &input)
{
    const auto records = Kiosk::CsvReader::parse(input);
    if (!records.ok()) {
        FUZZ_CHECK(records.error().code == QLatin1String("invalid_csv"), "a CSV refusal is invalid_csv");
        return;
    }
    int line = 0;
    for (const Kiosk::CsvReader::Record &record : records.value()) {
        FUZZ_CHECK(record.line > line, "records come in line order");
        FUZZ_CHECK(!record.fields.isEmpty(), "a record has fields");
        line = record.line;
    }
}

void fuzzImport(const Kiosk::Result<Catalog> &catalog)
{
    if (catalog.ok())
        checkCatalog(catalog.value());
    else
        checkRefusal(catalog.error());
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    Kiosk::Fuzz::silenceQtMessages();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray input = Kiosk::Fuzz::bytes(data, size);
    fuzzCsvReader(input);
    fuzzImport(Catalog::fromCsv(input));
    fuzzImport(Catalog::fromJson(input));
    // Relative image paths are resolved against the folder the file came from.
    fuzzImport(Catalog::fromJson(input, QStringLiteral("/srv/catalog")));
    return 0;
}
