// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

#include <nlohmann/json.hpp>

#include <map>
#include <string>

namespace Kiosk::Sim {

/**
 * Stripe's idempotency keys: scoped per API key (only the key's SHA-256 is kept, in memory and in
 * the state file), kept 25 h after the first use, replaying the stored status and body. claim()
 * reserves a key while its request executes (a second request meanwhile is InFlight); finish()
 * stores the answer, release() forgets a request that executed nothing (validation failures), so a
 * corrected retry with the same key runs. Expiry is by an index ordered on creation time: claim()
 * never walks every entry.
 */
class IdempotencyCache final
{
public:
    static constexpr qint64 kKeepSecs = 24 * 3600 + 3600;

    struct Entry
    {
        std::string fingerprint;
        bool inFlight = true;
        int status = 0;
        QByteArray body;
        QByteArray requestId;
        qint64 created = 0;
    };
    enum class Outcome {
        Claimed, ///< new key: execute, then finish() or release()
        Replay, ///< same parameters answered before: send `entry` again
        Mismatch, ///< the key was used with other parameters (idempotency_error)
        InFlight, ///< the first request with this key has not answered yet (409)
    };
    struct Claim
    {
        Outcome outcome = Outcome::Claimed;
        const Entry *entry = nullptr; ///< Replay: the stored answer (valid until the cache changes)
        std::string slot; ///< Claimed: what finish()/release() take
    };

    Claim claim(const QString &apiKey, const std::string &key, const std::string &fingerprint,
        const QByteArray &requestId, qint64 now);
    void finish(const std::string &slot, int status, const QByteArray &body);
    void release(const std::string &slot);

    /** The finished entries, for the state file (never the API key, only its SHA-256). */
    [[nodiscard]] nlohmann::json toJson() const;
    /** Whether a state-file record has every field load() reads (format 1 kept "<API key>\n<key>"). */
    static bool wellFormed(const nlohmann::json &record, int format);
    /** Adds state-file records checked with wellFormed(); format-1 keys are hashed here. */
    void load(const nlohmann::json &records, int format);

    static std::string apiKeyHash(const QString &apiKey);

private:
    void expire(qint64 now);
    void insert(const std::string &slot, Entry entry);

    std::map<std::string, Entry> m_entries;
    std::multimap<qint64, std::string> m_byCreated;
};

} // namespace Kiosk::Sim
