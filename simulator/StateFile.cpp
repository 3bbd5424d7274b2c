// SPDX-License-Identifier: MIT
#include "StateFile.h"

#include "JsonText.h"
#include "PrivateFiles.h"

#include <QFile>
#include <QSaveFile>

namespace Kiosk::Sim {

using nlohmann::json;

Status StateFile::save(qint64 clockOffset) const
{
    if (m_path.isEmpty())
        return {};
    json state = { { "format", kFormat }, { "clock_offset", clockOffset } };
    for (const Section &section : m_sections)
        state[section.key] = section.save();
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(QStringLiteral("state_write_failed"), file.errorString());
    if (Status own = PrivateFiles::restrict(file); !own) // sessions hold customer e-mails
        return own;
    file.write(JsonText::dump(state));
    if (!file.commit())
        return makeError(QStringLiteral("state_write_failed"), file.errorString());
    return {};
}

Error StateFile::corrupt(const QString &what) const
{
    return makeError(QStringLiteral("state_corrupt"),
        QStringLiteral("%1 is not a usable stripe-sim state file (%2)").arg(m_path, what));
}

Status StateFile::load(qint64 maxOffset, qint64 &clockOffset)
{
    clockOffset = 0;
    if (m_path.isEmpty() || !QFile::exists(m_path))
        return {};
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(QStringLiteral("state_read_failed"), file.errorString());
    const QByteArray bytes = file.readAll();
    const json state = json::parse(bytes.constBegin(), bytes.constEnd(), nullptr, false);
    if (state.is_discarded() || !state.is_object() || !state.contains("format") || !state["format"].is_number_integer())
        return corrupt(QStringLiteral("not a JSON object with a \"format\""));
    const qint64 format = state["format"].get<qint64>();
    if (format < 1 || format > kFormat)
        return corrupt(QStringLiteral("unknown format %1").arg(QString::fromUtf8(JsonText::dump(state["format"]))));
    if (state.contains("clock_offset") && !state["clock_offset"].is_number_integer())
        return corrupt(QStringLiteral("\"clock_offset\" is not an integer"));
    const qint64 offset = state.value("clock_offset", qint64(0));
    if (offset < 0 || offset > maxOffset)
        return corrupt(QStringLiteral("\"clock_offset\" is out of range"));
    for (const Section &section : m_sections) {
        if (state.contains(section.key) && !state[section.key].is_array())
            return corrupt(QStringLiteral("\"%1\" is not a list").arg(QString::fromStdString(section.key)));
        const json &records = state.contains(section.key) ? state[section.key] : json::array();
        for (size_t i = 0; i < records.size(); ++i) {
            if (!section.wellFormed(records[i], int(format)))
                return corrupt(
                    QStringLiteral("%1 %2 is malformed").arg(QString::fromStdString(section.recordName)).arg(i + 1));
        }
    }
    clockOffset = offset;
    for (const Section &section : m_sections) {
        if (state.contains(section.key))
            section.load(state[section.key], int(format));
    }
    if (format != kFormat)
        return save(offset);
    return {};
}

} // namespace Kiosk::Sim
