// SPDX-License-Identifier: MIT
#include "Catalog.h"

#include "CatalogBuilder.h"
#include "CsvReader.h"
#include "JsonText.h"
#include "Log.h"

#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <nlohmann/json.hpp>

namespace Kiosk {

namespace {

using nlohmann::json;

Error invalid(const QString &label, const QString &problem)
{
    return makeError(QStringLiteral("invalid_catalog"), label + QStringLiteral(": ") + problem);
}

QString quoted(const QString &text)
{
    return QLatin1Char('"') + text + QLatin1Char('"');
}

Result<QByteArray> readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(QStringLiteral("io_error"),
            QStringLiteral("Cannot read the catalog file %1: %2").arg(path, file.errorString()));
    return file.readAll();
}

/** Finds where JSON parsing stops, without exceptions: a SAX pass that records the position. */
class SyntaxErrorFinder final : public nlohmann::json_sax<json>
{
public:
    std::size_t position = 0;

    bool null() override { return true; }
    bool boolean(bool) override { return true; }
    bool number_integer(number_integer_t) override { return true; }
    bool number_unsigned(number_unsigned_t) override { return true; }
    bool number_float(number_float_t, const string_t &) override { return true; }
    bool string(string_t &) override { return true; }
    bool binary(binary_t &) override { return true; }
    bool start_object(std::size_t) override { return true; }
    bool key(string_t &) override { return true; }
    bool end_object() override { return true; }
    bool start_array(std::size_t) override { return true; }
    bool end_array() override { return true; }
    bool parse_error(std::size_t bytePosition, const std::string &, const nlohmann::detail::exception &) override
    {
        position = bytePosition;
        return false;
    }
};

/** "near line 3, column 14": where the first syntax error was noticed, for people fixing the file by hand. */
QString jsonSyntaxErrorPlace(const QByteArray &bytes)
{
    SyntaxErrorFinder finder;
    json::sax_parse(bytes.constBegin(), bytes.constEnd(), &finder, nlohmann::detail::input_format_t::json, false);
    if (bytes.isEmpty())
        return QStringLiteral("the file is empty");
    // nlohmann counts the byte after the offending one; clamp to the text for the end-of-file case.
    const qsizetype end = qMin(qsizetype(finder.position), bytes.size());
    const qsizetype offset = qMax<qsizetype>(end - 1, 0);
    const qsizetype line = bytes.left(offset).count('\n') + 1;
    const qsizetype lineStart = offset == 0 ? 0 : bytes.lastIndexOf('\n', offset - 1) + 1;
    return QStringLiteral("near line %1, column %2").arg(line).arg(offset - lineStart + 1);
}

/** A string member of a JSON product; absent or null gives an empty string. */
Result<QString> stringField(const json &object, const char *key, const QString &label)
{
    const auto it = object.find(key);
    if (it == object.end() || it->is_null())
        return QString();
    if (!it->is_string())
        return invalid(label, QStringLiteral("%1 must be a text string").arg(QLatin1String(key)));
    return QString::fromStdString(it->get<std::string>());
}

/** Parses a price text for either reader; the message starts with "price". */
Result<Money> parsePrice(const QString &text, const Currency &currency, const QString &label)
{
    if (text.trimmed().isEmpty())
        return invalid(label, QStringLiteral("price is missing"));
    Result<Money> price = Money::parse(text, currency);
    if (!price)
        return invalid(label, QStringLiteral("price ") + price.error().message);
    return price;
}

Result<bool> parseActive(const QString &text, const QString &label)
{
    const QString t = text.trimmed().toLower();
    if (t.isEmpty() || t == QLatin1String("true") || t == QLatin1String("yes") || t == QLatin1String("1"))
        return true;
    if (t == QLatin1String("false") || t == QLatin1String("no") || t == QLatin1String("0"))
        return false;
    return invalid(label, QStringLiteral("active %1 must be true or false").arg(quoted(text.trimmed())));
}

/** A JSON integer member within [low, high]; absent or null gives the fallback. */
Result<int> boundedInt(const json &object, const char *key, int fallback, int low, int high, const QString &label)
{
    const auto it = object.find(key);
    if (it == object.end() || it->is_null())
        return fallback;
    if (!it->is_number_integer() || it->get<qint64>() < low || it->get<qint64>() > high)
        return invalid(label,
            QStringLiteral("%1 must be a whole number from %2 to %3").arg(QLatin1String(key)).arg(low).arg(high));
    return int(it->get<qint64>());
}

/** Parses an option's extra price; the message starts with "option". An empty text is zero. */
Result<Money> parsePriceDelta(
    const QString &text, const Currency &currency, const QString &option, const QString &label)
{
    if (text.trimmed().isEmpty())
        return Money(0, currency);
    Result<Money> delta = Money::parse(text.trimmed(), currency);
    if (!delta)
        return invalid(label, QStringLiteral("option %1: price %2").arg(quoted(option), delta.error().message));
    return delta;
}

/** The "options" member of a JSON product: a list of groups, each with a list of choices. Group
 *  and choice counts are bounded before anything is copied; CatalogBuilder checks the rest. */
Result<QList<OptionGroup>> optionGroupsFromJson(const json &item, const Currency &currency, const QString &label)
{
    QList<OptionGroup> groups;
    const auto it = item.find("options");
    if (it == item.end() || it->is_null())
        return groups;
    if (!it->is_array())
        return invalid(label, QStringLiteral("options must be a list of option groups"));
    if (it->size() > std::size_t(Product::MaxOptionGroups))
        return invalid(label,
            QStringLiteral("has %1 option groups; at most %2 are allowed")
                .arg(it->size())
                .arg(Product::MaxOptionGroups));
    int position = 0;
    for (const json &g : *it) {
        ++position;
        QString where = label + QStringLiteral(", option group %1").arg(position);
        if (!g.is_object())
            return invalid(where, QStringLiteral("must be a JSON object"));
        OptionGroup group;
        Result<QString> name = stringField(g, "name", where);
        if (!name)
            return name.error();
        group.name = name.value().trimmed();
        if (!group.name.isEmpty())
            where = label + QStringLiteral(", option group ") + quoted(group.name.left(OptionGroup::MaxNameLength));
        Result<QString> id = stringField(g, "id", where);
        if (!id)
            return id.error();
        group.id = id.value();
        Result<int> min = boundedInt(g, "min", 0, 0, OptionGroup::MaxOptions, where);
        if (!min)
            return min.error();
        Result<int> max = boundedInt(g, "max", 1, 1, OptionGroup::MaxOptions, where);
        if (!max)
            return max.error();
        group.minChoices = min.value();
        group.maxChoices = max.value();
        const auto choices = g.find("choices");
        if (choices == g.end() || !choices->is_array())
            return invalid(where, QStringLiteral("\"choices\" must be a list of options"));
        if (choices->size() > std::size_t(OptionGroup::MaxOptions))
            return invalid(where,
                QStringLiteral("has %1 options; at most %2 are allowed")
                    .arg(choices->size())
                    .arg(OptionGroup::MaxOptions));
        for (const json &c : *choices) {
            if (!c.is_object())
                return invalid(where, QStringLiteral("each choice must be a JSON object"));
            ProductOption option;
            Result<QString> optionName = stringField(c, "name", where);
            if (!optionName)
                return optionName.error();
            option.name = optionName.value();
            Result<QString> optionId = stringField(c, "id", where);
            if (!optionId)
                return optionId.error();
            option.id = optionId.value();
            const auto deltaIt = c.find("price_delta");
            if (deltaIt != c.end() && deltaIt->is_number())
                return invalid(where,
                    QStringLiteral("option %1: price_delta must be a text string like \"0.40\"")
                        .arg(quoted(option.name)));
            Result<QString> deltaText = stringField(c, "price_delta", where);
            if (!deltaText)
                return deltaText.error();
            Result<Money> delta = parsePriceDelta(deltaText.value(), currency, option.name, where);
            if (!delta)
                return delta.error();
            option.priceDelta = delta.value();
            group.options.append(std::move(option));
        }
        groups.append(std::move(group));
    }
    return groups;
}

/** The "options" cell of a CSV row: groups separated by '|', each "Name [min-max]: choice, choice
 *  +0.40" (see resources/catalog/README.md). Ids come from the names. */
Result<QList<OptionGroup>> optionGroupsFromCsv(const QString &cell, const Currency &currency, const QString &label)
{
    QList<OptionGroup> groups;
    if (cell.trimmed().isEmpty())
        return groups;
    const QStringList parts = cell.split(QLatin1Char('|'));
    if (parts.size() > Product::MaxOptionGroups)
        return invalid(label,
            QStringLiteral("has %1 option groups; at most %2 are allowed")
                .arg(parts.size())
                .arg(Product::MaxOptionGroups));
    int position = 0;
    for (const QString &part : parts) {
        ++position;
        const qsizetype colon = part.indexOf(QLatin1Char(':'));
        QString head = (colon < 0 ? part : part.left(colon)).trimmed();
        QString where = label + QStringLiteral(", option group %1").arg(position);
        if (colon < 0)
            return invalid(where,
                QStringLiteral("%1 has no ':'; write it as Name [min-max]: choice, choice +0.40")
                    .arg(quoted(part.trimmed().left(OptionGroup::MaxNameLength))));
        OptionGroup group;
        if (head.endsWith(QLatin1Char(']'))) {
            const qsizetype open = head.lastIndexOf(QLatin1Char('['));
            if (open > 0)
                where = label + QStringLiteral(", option group ")
                    + quoted(head.left(open).trimmed().left(OptionGroup::MaxNameLength));
            const QString range = open < 0 ? QString() : head.mid(open + 1, head.size() - open - 2).trimmed();
            const QStringList bounds = range.split(QLatin1Char('-'));
            bool okMin = false, okMax = false;
            const int min = bounds.front().trimmed().toInt(&okMin);
            const int max = bounds.size() == 2 ? bounds.back().trimmed().toInt(&okMax) : min;
            if (bounds.size() == 1)
                okMax = okMin;
            if (open < 0 || bounds.size() > 2 || !okMin || !okMax)
                return invalid(where,
                    QStringLiteral("%1 is not a choice count; write [1] for exactly one or [0-2] for up to two")
                        .arg(quoted(head.mid(qMax<qsizetype>(open, 0)))));
            group.minChoices = min;
            group.maxChoices = max;
            head = head.left(open).trimmed();
        }
        group.name = head;
        if (!head.isEmpty())
            where = label + QStringLiteral(", option group ") + quoted(head.left(OptionGroup::MaxNameLength));
        const QStringList choices = part.mid(colon + 1).split(QLatin1Char(','));
        if (choices.size() > OptionGroup::MaxOptions)
            return invalid(where,
                QStringLiteral("has %1 options; at most %2 are allowed")
                    .arg(choices.size())
                    .arg(OptionGroup::MaxOptions));
        for (const QString &choice : choices) {
            ProductOption option;
            const QString text = choice.trimmed();
            const qsizetype plus = text.lastIndexOf(QLatin1Char('+'));
            const qsizetype minus = text.lastIndexOf(QLatin1String(" -"));
            if (minus >= 0 && minus > plus && Money::parse(text.mid(minus + 1).trimmed(), currency))
                return invalid(where,
                    QStringLiteral("option %1: a price must not be negative").arg(quoted(text.left(minus).trimmed())));
            option.name = (plus < 0 ? text : text.left(plus)).trimmed();
            if (plus >= 0) {
                Result<Money> delta = parsePriceDelta(text.mid(plus + 1), currency, option.name, where);
                if (!delta)
                    return delta.error();
                option.priceDelta = delta.value();
            } else {
                option.priceDelta = Money(0, currency);
            }
            group.options.append(std::move(option));
        }
        groups.append(std::move(group));
    }
    return groups;
}

/** The catalog's "tax" object: {"prices_include_tax": true, "display_name": "VAT", "rates":
 *  {"standard": "19", "reduced": "7"}}; absent or null is no tax. Percentages are text, as
 *  prices are, so no binary fraction gets near them. */
Result<TaxPolicy> taxPolicyFromJson(const json &root)
{
    TaxPolicy policy;
    const auto it = root.find("tax");
    if (it == root.end() || it->is_null())
        return policy;
    const QString where = QStringLiteral("catalog, tax");
    if (!it->is_object())
        return invalid(where, QStringLiteral("must be a JSON object with \"rates\""));
    const auto inclusive = it->find("prices_include_tax");
    if (inclusive != it->end() && !inclusive->is_null()) {
        if (!inclusive->is_boolean())
            return invalid(where, QStringLiteral("prices_include_tax must be true or false"));
        policy.pricesIncludeTax = inclusive->get<bool>();
    }
    Result<QString> name = stringField(*it, "display_name", where);
    if (!name)
        return name.error();
    if (!name->trimmed().isEmpty())
        policy.displayName = name->trimmed();
    const auto rates = it->find("rates");
    if (rates == it->end() || !rates->is_object())
        return invalid(where, QStringLiteral("\"rates\" must be an object like {\"standard\": \"19\"}"));
    if (rates->size() > std::size_t(TaxPolicy::kMaxRates))
        return invalid(where, QStringLiteral("at most %1 tax categories").arg(TaxPolicy::kMaxRates));
    for (auto rate = rates->begin(); rate != rates->end(); ++rate) {
        const QString category = QString::fromStdString(rate.key());
        if (!rate->is_string())
            return invalid(where,
                QStringLiteral("the rate of %1 must be a text string like \"19\" or \"5.5\"").arg(quoted(category)));
        Result<Percentage> percentage
            = Percentage::parse(QString::fromStdString(rate->get<std::string>()), Percentage::Use::TaxRate);
        if (!percentage)
            return invalid(where, QStringLiteral("rate of %1: %2").arg(quoted(category), percentage.error().message));
        policy.rates.insert(category, percentage.value());
    }
    if (Status valid = policy.validate(); !valid)
        return invalid(where, valid.error().message);
    return policy;
}

} // namespace

Result<Catalog> Catalog::loadJsonFile(const QString &path)
{
    Result<QByteArray> bytes = readFile(path);
    if (!bytes)
        return bytes.error();
    Result<Catalog> catalog = fromJson(bytes.value(), QFileInfo(path).absolutePath());
    if (!catalog)
        return makeError(
            catalog.error().code, QFileInfo(path).fileName() + QStringLiteral(", ") + catalog.error().message);
    qCInfo(lcCatalog) << "Loaded" << catalog->products().size() << "products from" << path;
    return catalog;
}

Result<Catalog> Catalog::fromJson(const QByteArray &bytes, const QString &imageBaseDir)
{
    const json root = json::parse(bytes.constBegin(), bytes.constEnd(), nullptr, false);
    if (root.is_discarded())
        return makeError(QStringLiteral("parse_error"),
            QStringLiteral("the catalog is not valid JSON (%1)").arg(jsonSyntaxErrorPlace(bytes)));
    if (!root.is_object())
        return makeError(QStringLiteral("invalid_catalog"),
            QStringLiteral("the catalog must be a JSON object with \"currency\" and \"products\""));

    const QString top = QStringLiteral("catalog");
    Result<QString> code = stringField(root, "currency", top);
    if (!code)
        return code.error();
    if (code->trimmed().isEmpty())
        return invalid(top, QStringLiteral("\"currency\" is missing (for example \"USD\")"));
    Result<Currency> currency = Currency::fromCode(code.value());
    if (!currency)
        return invalid(top, currency.error().message);

    const auto products = root.find("products");
    if (products == root.end() || !products->is_array())
        return invalid(top, QStringLiteral("\"products\" must be a list of products"));

    Result<TaxPolicy> tax = taxPolicyFromJson(root);
    if (!tax)
        return tax.error();

    CatalogBuilder builder(imageBaseDir);
    builder.setCurrency(currency.value());
    builder.setTaxPolicy(std::move(tax).value());
    int position = 0;
    for (const json &item : *products) {
        ++position;
        QString label = QStringLiteral("product %1").arg(position);
        if (!item.is_object())
            return invalid(label, QStringLiteral("must be a JSON object"));
        const auto skuIt = item.find("sku");
        if (skuIt != item.end() && skuIt->is_string() && !skuIt->get<std::string>().empty())
            label += QStringLiteral(" (sku %1)").arg(QString::fromStdString(skuIt->get<std::string>()).trimmed());

        Product product;
        for (auto [key, target] : { std::pair { "id", &product.id }, std::pair { "sku", &product.sku },
                 std::pair { "barcode", &product.barcode }, std::pair { "name", &product.name },
                 std::pair { "description", &product.description }, std::pair { "category", &product.category },
                 std::pair { "image", &product.image }, std::pair { "tax_category", &product.taxCategory } }) {
            Result<QString> value = stringField(item, key, label);
            if (!value)
                return value.error();
            *target = std::move(value).value();
        }

        const auto priceIt = item.find("price");
        if (priceIt != item.end() && priceIt->is_number())
            return invalid(label,
                QStringLiteral("price must be a text string like \"4.50\", not the JSON number %1")
                    .arg(QString::fromUtf8(JsonText::dump(*priceIt))));
        Result<QString> priceText = stringField(item, "price", label);
        if (!priceText)
            return priceText.error();
        Result<Money> price = parsePrice(priceText.value(), builder.currency(), label);
        if (!price)
            return price.error();
        product.price = price.value();

        const auto activeIt = item.find("active");
        if (activeIt != item.end() && !activeIt->is_null()) {
            if (!activeIt->is_boolean())
                return invalid(label, QStringLiteral("active must be true or false"));
            product.active = activeIt->get<bool>();
        }

        Result<QList<OptionGroup>> groups = optionGroupsFromJson(item, builder.currency(), label);
        if (!groups)
            return groups.error();
        product.optionGroups = std::move(groups).value();

        if (Status added = builder.add(std::move(product), label); !added)
            return added.error();
    }
    return builder.finish();
}

Result<Catalog> Catalog::importCsvFile(const QString &path)
{
    Result<QByteArray> bytes = readFile(path);
    if (!bytes)
        return bytes.error();
    Result<Catalog> catalog = fromCsv(bytes.value(), QFileInfo(path).absolutePath());
    if (!catalog)
        return makeError(
            catalog.error().code, QFileInfo(path).fileName() + QStringLiteral(", ") + catalog.error().message);
    qCInfo(lcCatalog) << "Imported" << catalog->products().size() << "products from" << path;
    return catalog;
}

Result<Catalog> Catalog::fromCsv(const QByteArray &csv, const QString &imageBaseDir)
{
    Result<QList<CsvReader::Record>> parsed = CsvReader::parse(csv);
    if (!parsed)
        return parsed.error();
    const QList<CsvReader::Record> &records = parsed.value();
    const QString expectedHeader = QStringLiteral("sku,barcode,name,description,category,price,currency,image,active");
    if (records.isEmpty())
        return makeError(QStringLiteral("invalid_csv"),
            QStringLiteral("the file is empty; the first line must be the header %1").arg(expectedHeader));

    // Columns are found by header name, in any order.
    const QStringList known { QStringLiteral("id"), QStringLiteral("sku"), QStringLiteral("barcode"),
        QStringLiteral("name"), QStringLiteral("description"), QStringLiteral("category"), QStringLiteral("price"),
        QStringLiteral("currency"), QStringLiteral("image"), QStringLiteral("active"), QStringLiteral("options"),
        QStringLiteral("tax_category") };
    const CsvReader::Record &header = records.front();
    const QString headerLabel = QStringLiteral("line %1").arg(header.line);
    QHash<QString, qsizetype> column;
    if (header.fields.size() == 1 && header.fields.front().contains(QLatin1Char(';')))
        return makeError(QStringLiteral("invalid_csv"),
            QStringLiteral("%1: the columns are separated by ';'; save the file as comma-separated "
                           "CSV (UTF-8) with the header %2")
                .arg(headerLabel, expectedHeader));
    for (qsizetype i = 0; i < header.fields.size(); ++i) {
        const QString name = header.fields.at(i).trimmed().toLower();
        if (name.isEmpty())
            continue; // spreadsheets often export trailing empty columns; their cells are ignored
        if (!known.contains(name))
            return makeError(QStringLiteral("invalid_csv"),
                QStringLiteral("%1: unknown column %2; the columns are %3")
                    .arg(headerLabel, quoted(header.fields.at(i).trimmed()), expectedHeader));
        if (column.contains(name))
            return makeError(QStringLiteral("invalid_csv"),
                QStringLiteral("%1: column %2 appears twice").arg(headerLabel, quoted(name)));
        column.insert(name, i);
    }
    for (const char *required : { "sku", "name", "category", "price", "currency" }) {
        if (!column.contains(QLatin1String(required)))
            return makeError(QStringLiteral("invalid_csv"),
                QStringLiteral("%1: the header has no %2 column").arg(headerLabel, QLatin1String(required)));
    }

    CatalogBuilder builder(imageBaseDir);
    int currencyLine = 0;
    for (qsizetype r = 1; r < records.size(); ++r) {
        const CsvReader::Record &record = records.at(r);
        const QString label = QStringLiteral("line %1").arg(record.line);
        if (record.fields.size() != header.fields.size())
            return makeError(QStringLiteral("invalid_csv"),
                QStringLiteral("%1: expected %2 fields as in the header, found %3")
                    .arg(label)
                    .arg(header.fields.size())
                    .arg(record.fields.size()));
        auto cell = [&](const char *name) {
            const auto it = column.constFind(QLatin1String(name));
            return it == column.constEnd() ? QString() : record.fields.at(*it).trimmed();
        };

        const QString code = cell("currency");
        if (code.isEmpty())
            return invalid(label, QStringLiteral("currency is missing"));
        Result<Currency> currency = Currency::fromCode(code);
        if (!currency)
            return invalid(label, currency.error().message);
        if (currencyLine == 0) {
            builder.setCurrency(currency.value());
            currencyLine = record.line;
        } else if (currency.value() != builder.currency()) {
            return invalid(label,
                QStringLiteral("currency %1 differs from %2 on line %3; a catalog has one currency")
                    .arg(currency->code, builder.currency().code)
                    .arg(currencyLine));
        }

        Product product;
        product.sku = cell("sku");
        product.id = cell("id").isEmpty() ? product.sku : cell("id");
        product.barcode = cell("barcode");
        product.name = cell("name");
        product.description = cell("description");
        product.category = cell("category");
        product.image = cell("image");
        product.taxCategory = cell("tax_category");
        Result<Money> price = parsePrice(cell("price"), builder.currency(), label);
        if (!price)
            return price.error();
        product.price = price.value();
        Result<bool> active = parseActive(cell("active"), label);
        if (!active)
            return active.error();
        product.active = active.value();
        Result<QList<OptionGroup>> groups = optionGroupsFromCsv(cell("options"), builder.currency(), label);
        if (!groups)
            return groups.error();
        product.optionGroups = std::move(groups).value();

        if (Status added = builder.add(std::move(product), label); !added)
            return added.error();
    }
    return builder.finish();
}

QByteArray Catalog::toJson() const
{
    json products = json::array();
    for (const Product &p : m_products) {
        json item = { { "id", p.id.toStdString() }, { "sku", p.sku.toStdString() }, { "name", p.name.toStdString() },
            { "category", p.category.toStdString() }, { "price", p.price.toDecimalString().toStdString() },
            { "active", p.active }, { "tax_category", p.taxCategory.toStdString() } };
        if (!p.barcode.isEmpty())
            item["barcode"] = p.barcode.toStdString();
        if (!p.description.isEmpty())
            item["description"] = p.description.toStdString();
        if (!p.image.isEmpty())
            item["image"] = p.image.toStdString();
        if (!p.optionGroups.isEmpty()) {
            json groups = json::array();
            for (const OptionGroup &g : p.optionGroups) {
                json choices = json::array();
                for (const ProductOption &o : g.options)
                    choices.push_back({ { "id", o.id.toStdString() }, { "name", o.name.toStdString() },
                        { "price_delta", o.priceDelta.toDecimalString().toStdString() } });
                groups.push_back({ { "id", g.id.toStdString() }, { "name", g.name.toStdString() },
                    { "min", g.minChoices }, { "max", g.maxChoices }, { "choices", std::move(choices) } });
            }
            item["options"] = std::move(groups);
        }
        products.push_back(std::move(item));
    }
    json root = { { "currency", m_currency.code.toStdString() }, { "products", std::move(products) } };
    if (!m_tax.isEmpty()) {
        json rates = json::object();
        for (auto it = m_tax.rates.constBegin(); it != m_tax.rates.constEnd(); ++it)
            rates[it.key().toStdString()] = it->toString().toStdString();
        root["tax"] = { { "prices_include_tax", m_tax.pricesIncludeTax },
            { "display_name", m_tax.displayName.toStdString() }, { "rates", std::move(rates) } };
    }
    return JsonText::dump(root, 2);
}

Status Catalog::setTaxPolicy(TaxPolicy policy)
{
    if (Status valid = policy.validate(); !valid)
        return valid;
    if (!policy.isEmpty()) {
        for (const Product &p : m_products) {
            if (!policy.rates.contains(p.taxCategory))
                return makeError(QStringLiteral("invalid_tax"),
                    QStringLiteral("product %1 (sku %2) has tax category %3, which has no rate; the rates are for %4")
                        .arg(quoted(p.name), p.sku, quoted(p.taxCategory),
                            policy.rates.keys().join(QStringLiteral(", "))));
        }
    }
    m_tax = std::move(policy);
    return {};
}

std::optional<TaxRate> Catalog::taxRateFor(const Product &product) const
{
    return m_tax.rateFor(product.taxCategory);
}

QList<Product> Catalog::activeProducts() const
{
    QList<Product> result;
    for (const Product &p : m_products) {
        if (p.active)
            result.append(p);
    }
    return result;
}

QStringList Catalog::categories() const
{
    QStringList result;
    QSet<QString> seen;
    for (const Product &p : m_products) {
        if (p.active && !seen.contains(p.category)) {
            seen.insert(p.category);
            result.append(p.category);
        }
    }
    return result;
}

const Product *Catalog::byId(const QString &id) const
{
    const auto it = m_byId.constFind(id);
    return it == m_byId.constEnd() ? nullptr : &m_products.at(*it);
}

const Product *Catalog::bySku(const QString &sku) const
{
    const auto it = m_bySku.constFind(sku);
    return it == m_bySku.constEnd() ? nullptr : &m_products.at(*it);
}

const Product *Catalog::byBarcode(const QString &barcode) const
{
    const auto it = m_byBarcode.constFind(barcode.trimmed());
    return it == m_byBarcode.constEnd() ? nullptr : &m_products.at(*it);
}

QList<Product> Catalog::search(const QString &text) const
{
    const QString needle = text.trimmed();
    QList<Product> result;
    for (const Product &p : m_products) {
        if (!p.active)
            continue;
        if (needle.isEmpty() || p.name.contains(needle, Qt::CaseInsensitive)
            || p.sku.contains(needle, Qt::CaseInsensitive) || p.barcode.contains(needle)
            || p.category.contains(needle, Qt::CaseInsensitive))
            result.append(p);
    }
    return result;
}

bool Catalog::isValidBarcode(QStringView digits)
{
    const qsizetype n = digits.size();
    if (n != 8 && n != 12 && n != 13 && n != 14)
        return false;
    // GS1 check digit: from the right, excluding the check digit, weights 3,1,3,1,...
    int sum = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = digits[i];
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
        if (i == n - 1)
            break;
        const int digit = c.unicode() - u'0';
        const qsizetype fromRight = n - 1 - i; // 1 for the digit next to the check digit
        sum += (fromRight % 2 == 1) ? 3 * digit : digit;
    }
    const int check = (10 - sum % 10) % 10;
    return digits[n - 1].unicode() - u'0' == check;
}

} // namespace Kiosk
