// SPDX-License-Identifier: MIT
#include "IdempotencyCache.h"

#include <QCryptographicHash>

namespace Kiosk::Sim {

using nlohmann::json;

std::string IdempotencyCache::apiKeyHash(const QString &apiKey)
{
    return QCryptographicHash::hash(apiKey.toUtf8(), QCryptographicHash::Sha256).toHex().toStdString();
}

void IdempotencyCache::expire(qint64 now)
{
    while (!m_byCreated.empty() && now - m_byCreated.begin()->first > kKeepSecs) {
        const auto found = m_entries.find(m_byCreated.begin()->second);
        if (found != m_entries.end() && !found->second.inFlight && found->second.created == m_byCreated.begin()->first)
            m_entries.erase(found);
        else if (found != m_entries.end() && found->second.inFlight)
            break; // kept until its request answers; expired later
        m_byCreated.erase(m_byCreated.begin());
    }
}

void IdempotencyCache::insert(const std::string &slot, Entry entry)
{
    m_byCreated.emplace(entry.created, slot);
    m_entries[slot] = std::move(entry);
}

IdempotencyCache::Claim IdempotencyCache::claim(const QString &apiKey, const std::string &key,
    const std::string &fingerprint, const QByteArray &requestId, qint64 now)
{
    expire(now);
    Claim claim;
    claim.slot = apiKeyHash(apiKey) + '\n' + key;
    const auto found = m_entries.find(claim.slot);
    if (found != m_entries.end()) {
        if (found->second.fingerprint != fingerprint)
            claim.outcome = Outcome::Mismatch;
        else if (found->second.inFlight)
            claim.outcome = Outcome::InFlight;
        else
            claim.outcome = Outcome::Replay;
        claim.entry = &found->second;
        return claim;
    }
    Entry entry;
    entry.fingerprint = fingerprint;
    entry.created = now;
    entry.requestId = requestId;
    insert(claim.slot, std::move(entry));
    return claim;
}

void IdempotencyCache::finish(const std::string &slot, int status, const QByteArray &body)
{
    const auto it = m_entries.find(slot);
    if (it == m_entries.end())
        return;
    it->second.inFlight = false;
    it->second.status = status;
    it->second.body = body;
}

void IdempotencyCache::release(const std::string &slot)
{
    m_entries.erase(slot); // its m_byCreated row is dropped when it comes due
}

json IdempotencyCache::toJson() const
{
    json keys = json::array();
    for (const auto &[slot, entry] : m_entries) {
        if (entry.inFlight)
            continue;
        // slot is "<sha256 of the API key>\n<Idempotency-Key>"; the API key itself is never kept.
        const size_t split = slot.find('\n');
        keys.push_back(json { { "api_key_sha256", slot.substr(0, split) }, { "key", slot.substr(split + 1) },
            { "fingerprint", entry.fingerprint }, { "status", entry.status }, { "body", entry.body.toStdString() },
            { "request_id", entry.requestId.toStdString() }, { "created", entry.created } });
    }
    return keys;
}

bool IdempotencyCache::wellFormed(const json &k, int format)
{
    const auto isString = [&k](const char *key) { return k.is_object() && k.contains(key) && k[key].is_string(); };
    const auto isInteger
        = [&k](const char *key) { return k.is_object() && k.contains(key) && k[key].is_number_integer(); };
    if (!isString("key"))
        return false;
    // Format 1: "key" is "<API key>\n<Idempotency-Key>"; later formats keep only the key's SHA-256.
    const bool keyOk = format == 1 ? k["key"].get_ref<const std::string &>().find('\n') != std::string::npos
                                   : isString("api_key_sha256");
    return keyOk && isString("fingerprint") && isInteger("status") && isString("body") && isString("request_id")
        && isInteger("created");
}

void IdempotencyCache::load(const json &records, int format)
{
    for (const json &k : records) {
        Entry entry;
        entry.fingerprint = k["fingerprint"].get<std::string>();
        entry.inFlight = false;
        entry.status = int(k["status"].get<qint64>());
        entry.body = QByteArray::fromStdString(k["body"].get<std::string>());
        entry.requestId = QByteArray::fromStdString(k["request_id"].get<std::string>());
        entry.created = k["created"].get<qint64>();
        std::string key = k["key"].get<std::string>();
        std::string keyHash;
        if (format == 1) {
            const size_t split = key.find('\n');
            keyHash = apiKeyHash(QString::fromStdString(key.substr(0, split)));
            key = key.substr(split + 1);
        } else {
            keyHash = k["api_key_sha256"].get<std::string>();
        }
        insert(keyHash + '\n' + key, std::move(entry));
    }
}

} // namespace Kiosk::Sim
