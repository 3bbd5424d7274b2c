// SPDX-License-Identifier: MIT
#pragma once

#include "Result.h"

#include <QString>

#include <nlohmann/json.hpp>

#include <functional>
#include <string>
#include <vector>

namespace Kiosk::Sim {

/**
 * The simulator's --state file: one JSON object, `"format": 3`, the clock offset and one list per
 * section. Each resource registers a section (its key, the name of one record for errors, how to
 * save, check and load its records), so a new object type is a new section and old files (which
 * lack it) still load. Loading checks every record of every section before it loads any, so a
 * file edited by hand is refused with state_corrupt naming the record ("session 2 is malformed")
 * and nothing is half-loaded. Formats 1 and 2 are read (format 1 kept API keys in plain text: the
 * idempotency section hashes them) and rewritten at once as format 3. Written atomically
 * (QSaveFile), private to the owner (PrivateFiles: sessions hold customer e-mails).
 */
class StateFile final
{
public:
    static constexpr int kFormat = 3;

    struct Section
    {
        std::string key; ///< "sessions"
        std::string recordName; ///< "session", as in "session 2 is malformed"
        std::function<nlohmann::json()> save; ///< the records, a JSON array
        std::function<bool(const nlohmann::json &record, int format)> wellFormed;
        std::function<void(const nlohmann::json &records, int format)> load; ///< records already checked
    };

    explicit StateFile(QString path)
        : m_path(std::move(path))
    { }

    void addSection(Section section) { m_sections.push_back(std::move(section)); }
    [[nodiscard]] bool enabled() const { return !m_path.isEmpty(); }

    Status save(qint64 clockOffset) const;
    /**
     * Reads the file if it exists: the clock offset (0 when absent; refused beyond maxOffset) is
     * written to `clockOffset` and every section loaded. An old format is rewritten at once.
     */
    Status load(qint64 maxOffset, qint64 &clockOffset);

private:
    [[nodiscard]] Error corrupt(const QString &what) const;

    QString m_path;
    std::vector<Section> m_sections;
};

} // namespace Kiosk::Sim
