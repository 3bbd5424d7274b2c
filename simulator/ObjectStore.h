// SPDX-License-Identifier: MIT
#pragma once

#include "ApiError.h"
#include "ListParams.h"

#include "Result.h"

#include <QtGlobal>

#include <algorithm>
#include <deque>
#include <functional>
#include <string>
#include <unordered_map>
#include <vector>

namespace Kiosk::Sim {

/**
 * The objects of one resource type, in creation order, with an id index: lookup by id is a hash
 * probe and a list page walks only from its cursor (or from the `created` bound, found by binary
 * search) until it has `limit` matches, so neither slows down as the simulator fills (issue 14).
 * References stay valid while objects are added (a deque). Objects are never removed. The
 * creation time indexed is never lower than the previous object's (a wall clock stepping back
 * does not break the ordering); lists still filter on each object's own `created`.
 */
template <typename T> class ObjectStore final
{
public:
    /** Adds an object; its id must be new. Returns it in place. */
    T &insert(const std::string &id, qint64 created, T value)
    {
        const qint64 key = m_entries.empty() ? created : std::max(created, m_entries.back().orderKey);
        m_index.emplace(id, m_entries.size());
        m_entries.push_back(Entry { id, created, key, std::move(value) });
        return m_entries.back().value;
    }

    /** The object with this id, or nullptr (the store keeps ownership). */
    T *find(const std::string &id)
    {
        const auto it = m_index.find(id);
        return it == m_index.end() ? nullptr : &m_entries[it->second].value;
    }
    const T *find(const std::string &id) const
    {
        const auto it = m_index.find(id);
        return it == m_index.end() ? nullptr : &m_entries[it->second].value;
    }

    [[nodiscard]] size_t size() const { return m_entries.size(); }
    /** The n-th object in creation order. */
    T &at(size_t n) { return m_entries[n].value; }
    const T &at(size_t n) const { return m_entries[n].value; }
    /** Every object in creation order (a copy: what the state file saves). */
    [[nodiscard]] std::vector<T> values() const
    {
        std::vector<T> out;
        out.reserve(m_entries.size());
        for (const Entry &entry : m_entries)
            out.push_back(entry.value);
        return out;
    }

    /**
     * One page, newest first: the objects (references into the store) and whether more match
     * beyond it. A cursor that is not in the store is Stripe's 400 "No such <objectName>".
     */
    struct Page
    {
        std::vector<const T *> items;
        bool hasMore = false;
    };
    Result<Page, ApiError> page(
        const ListParams &params, const std::function<bool(const T &)> &matches, const std::string &objectName) const
    {
        // Positions whose ordering key lies in the created range: [lo, hi).
        const auto lower = std::upper_bound(m_entries.begin(), m_entries.end(), params.created.gt,
            [](qint64 v, const Entry &e) { return v < e.orderKey; });
        const auto upper = std::lower_bound(m_entries.begin(), m_entries.end(), params.created.lt,
            [](const Entry &e, qint64 v) { return e.orderKey < v; });
        const size_t lo = size_t(lower - m_entries.begin());
        const size_t hi = size_t(upper - m_entries.begin());
        const size_t wanted = size_t(params.limit) + 1;
        const auto fits = [&](size_t i) {
            const Entry &e = m_entries[i];
            return params.created.contains(e.created) && (!matches || matches(e.value));
        };
        Page page;
        if (params.endingBefore) {
            const auto cursor = m_index.find(*params.endingBefore);
            if (cursor == m_index.end())
                return ApiError::invalid("No such " + objectName + ": '" + *params.endingBefore + "'", "ending_before");
            for (size_t i = std::max(cursor->second + 1, lo); i < hi && page.items.size() < wanted; ++i) {
                if (fits(i))
                    page.items.push_back(&m_entries[i].value);
            }
            page.hasMore = page.items.size() == wanted;
            if (page.hasMore)
                page.items.pop_back();
            std::reverse(page.items.begin(), page.items.end());
            return page;
        }
        size_t start = hi;
        if (params.startingAfter) {
            const auto cursor = m_index.find(*params.startingAfter);
            if (cursor == m_index.end())
                return ApiError::invalid(
                    "No such " + objectName + ": '" + *params.startingAfter + "'", "starting_after");
            start = std::min(start, cursor->second);
        }
        for (size_t i = start; i > lo && page.items.size() < wanted; --i) {
            if (fits(i - 1))
                page.items.push_back(&m_entries[i - 1].value);
        }
        page.hasMore = page.items.size() == wanted;
        if (page.hasMore)
            page.items.pop_back();
        return page;
    }

private:
    struct Entry
    {
        std::string id;
        qint64 created = 0;
        qint64 orderKey = 0; ///< created, never below the previous entry's
        T value;
    };
    std::deque<Entry> m_entries;
    std::unordered_map<std::string, size_t> m_index;
};

} // namespace Kiosk::Sim
