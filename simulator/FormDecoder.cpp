// SPDX-License-Identifier: MIT
#include "FormDecoder.h"

#include <QString>
#include <QStringList>

#include <map>

namespace Kiosk::Sim {

using nlohmann::json;

namespace {

QString decodeComponent(QByteArray raw)
{
    raw.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(raw));
}

/** The start of a long parameter name, for an error message. */
QString shortened(const QString &key)
{
    return key.size() > 40 ? key.left(40) + QStringLiteral("…") : key;
}

bool splitKey(const QString &key, QStringList &segments)
{
    const qsizetype open = key.indexOf(QLatin1Char('['));
    if (open == 0)
        return false;
    if (open < 0) {
        segments << key;
        return !key.isEmpty();
    }
    segments << key.left(open);
    qsizetype pos = open;
    while (pos < key.size()) {
        if (key.at(pos) != QLatin1Char('['))
            return false;
        const qsizetype close = key.indexOf(QLatin1Char(']'), pos + 1);
        if (close < 0)
            return false;
        segments << key.mid(pos + 1, close - pos - 1);
        pos = close + 1;
    }
    return true;
}

bool isIndex(const std::string &s)
{
    if (s.empty() || s.size() > 6)
        return false;
    for (const char c : s) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

// Stripe encodes arrays as objects with index keys; turn those into real arrays in index order.
void normalise(json &node, bool keepKeys)
{
    if (node.is_array()) {
        for (auto &child : node)
            normalise(child, false);
        return;
    }
    if (!node.is_object())
        return;
    for (auto it = node.begin(); it != node.end(); ++it)
        normalise(it.value(), it.key() == "metadata");
    if (keepKeys || node.empty())
        return;
    std::map<int, json> ordered;
    for (auto it = node.begin(); it != node.end(); ++it) {
        if (!isIndex(it.key()))
            return;
        ordered.emplace(std::stoi(it.key()), it.value());
    }
    json array = json::array();
    for (auto &entry : ordered)
        array.push_back(std::move(entry.second));
    node = std::move(array);
}

} // namespace

Result<json> FormDecoder::decode(const QByteArray &encoded)
{
    json root = json::object();
    int count = 0;
    for (qsizetype start = 0; start <= encoded.size();) {
        qsizetype end = encoded.indexOf('&', start);
        if (end < 0)
            end = encoded.size();
        const QByteArray pair = encoded.mid(start, end - start);
        start = end + 1;
        if (pair.isEmpty())
            continue;
        if (++count > kMaxParameters)
            return makeError(QStringLiteral("parameter_invalid"),
                QStringLiteral("Invalid request: more than %1 parameters.").arg(kMaxParameters));
        const qsizetype eq = pair.indexOf('=');
        const QString key = decodeComponent(eq < 0 ? pair : pair.left(eq));
        if (key.count(QLatin1Char('[')) > kMaxDepth)
            return makeError(QStringLiteral("parameter_invalid"),
                QStringLiteral("Invalid parameter name: %1 is nested more than %2 levels deep.")
                    .arg(shortened(key), QString::number(kMaxDepth)));
        if (key.size() > kMaxKeyLength)
            return makeError(QStringLiteral("parameter_invalid"),
                QStringLiteral("Invalid parameter name: %1 is longer than %2 characters.")
                    .arg(shortened(key), QString::number(kMaxKeyLength)));
        const QString value = eq < 0 ? QString() : decodeComponent(pair.mid(eq + 1));
        QStringList segments;
        if (!splitKey(key, segments))
            return makeError(
                QStringLiteral("parameter_invalid"), QStringLiteral("Invalid parameter name: %1").arg(key));
        json *node = &root;
        for (qsizetype i = 0; i < segments.size(); ++i) {
            const std::string segment = segments.at(i).toStdString();
            const bool last = i == segments.size() - 1;
            if (segment.empty()) {
                if (!last)
                    return makeError(QStringLiteral("parameter_invalid"),
                        QStringLiteral("Invalid array: %1 (`[]` is only allowed at the end)").arg(key));
                if (node->is_null())
                    *node = json::array();
                if (!node->is_array())
                    return makeError(QStringLiteral("parameter_invalid"), QStringLiteral("Invalid array: %1").arg(key));
                node->push_back(value.toStdString());
                break;
            }
            if (node->is_null())
                *node = json::object();
            if (!node->is_object())
                return makeError(QStringLiteral("parameter_invalid"), QStringLiteral("Invalid hash: %1").arg(key));
            json &child = (*node)[segment];
            if (last) {
                if (child.is_structured())
                    return makeError(QStringLiteral("parameter_invalid"), QStringLiteral("Invalid hash: %1").arg(key));
                child = value.toStdString();
            } else {
                if (child.is_string())
                    return makeError(QStringLiteral("parameter_invalid"), QStringLiteral("Invalid hash: %1").arg(key));
                node = &child;
            }
        }
    }
    normalise(root, true);
    return root;
}

} // namespace Kiosk::Sim
