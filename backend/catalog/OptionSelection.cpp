// SPDX-License-Identifier: MIT
#include "OptionSelection.h"

#include "JsonText.h"

#include <QSet>

#include <nlohmann/json.hpp>

namespace Kiosk {

namespace {

Error invalidOptions(const Product &product, const QString &problem)
{
    return makeError(QStringLiteral("invalid_options"), QStringLiteral("%1: %2").arg(product.name, problem));
}

} // namespace

Result<OptionSelection> OptionSelection::choose(const Product &product, const QStringList &optionIds)
{
    QSet<QString> wanted;
    for (const QString &id : optionIds) {
        if (wanted.contains(id))
            return invalidOptions(product, QStringLiteral("option \"%1\" is chosen twice").arg(id));
        wanted.insert(id);
    }

    OptionSelection selection;
    selection.m_unitPrice = product.price;
    qsizetype found = 0;
    for (const OptionGroup &group : product.optionGroups) {
        int inGroup = 0;
        for (const ProductOption &option : group.options) {
            if (!wanted.contains(option.id))
                continue;
            ++inGroup;
            ++found;
            const Result<Money> sum = selection.m_unitPrice.plus(option.priceDelta);
            if (!sum || sum->minorUnits() > product.price.currency().maximumCharge)
                return makeError(QStringLiteral("amount_too_large"),
                    QStringLiteral("%1 with these options costs more than Stripe can charge").arg(product.name));
            selection.m_unitPrice = sum.value();
            selection.m_choices.append(Choice { group.id, group.name, option.id, option.name, option.priceDelta });
        }
        if (inGroup < group.minChoices)
            return invalidOptions(product,
                group.minChoices == 1
                    ? QStringLiteral("choose one option of \"%1\"").arg(group.name)
                    : QStringLiteral("choose at least %1 options of \"%2\"").arg(group.minChoices).arg(group.name));
        if (inGroup > group.maxChoices)
            return invalidOptions(product,
                QStringLiteral("choose at most %1 of \"%2\" (got %3)")
                    .arg(group.maxChoices)
                    .arg(group.name)
                    .arg(inGroup));
    }
    if (found != wanted.size()) {
        for (const QString &id : optionIds) {
            bool known = false;
            for (const Choice &choice : selection.m_choices)
                known = known || choice.optionId == id;
            if (!known)
                return invalidOptions(product, QStringLiteral("there is no option \"%1\"").arg(id));
        }
    }
    return selection;
}

QStringList OptionSelection::optionIds() const
{
    QStringList ids;
    ids.reserve(m_choices.size());
    for (const Choice &choice : m_choices)
        ids.append(choice.optionId);
    return ids;
}

Money OptionSelection::deltaTotal() const
{
    qint64 sum = 0; // each delta and their sum are below Stripe's maximum charge (choose() checked)
    for (const Choice &choice : m_choices)
        sum += choice.priceDelta.minorUnits();
    return Money(sum, m_unitPrice.currency());
}

QString OptionSelection::summary() const
{
    QStringList names;
    names.reserve(m_choices.size());
    for (const Choice &choice : m_choices)
        names.append(choice.optionName);
    return names.join(QStringLiteral(", "));
}

QString OptionSelection::lineName(const QString &productName) const
{
    if (m_choices.isEmpty())
        return productName;
    return QStringLiteral("%1 (%2)").arg(productName, summary());
}

QString OptionSelection::toJson() const
{
    if (m_choices.isEmpty())
        return {};
    nlohmann::json list = nlohmann::json::array();
    for (const Choice &choice : m_choices)
        list.push_back({ { "group", choice.groupId.toStdString() }, { "option", choice.optionId.toStdString() },
            { "name", choice.optionName.toStdString() }, { "price_delta", choice.priceDelta.minorUnits() } });
    return QString::fromUtf8(JsonText::dump(list));
}

} // namespace Kiosk
