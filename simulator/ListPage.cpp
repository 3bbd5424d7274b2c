// SPDX-License-Identifier: MIT
#include "ListPage.h"

namespace Kiosk::Sim {

Result<ListPage, ApiError> ListPage::ofArray(
    const nlohmann::json &items, const ListParams &params, const std::string &objectName)
{
    const size_t limit = size_t(params.limit);
    size_t from = 0;
    size_t to = std::min(items.size(), limit);
    ListPage page;
    page.hasMore = to < items.size();
    if (params.startingAfter || params.endingBefore) {
        const std::string &cursor = params.startingAfter ? *params.startingAfter : *params.endingBefore;
        size_t pos = 0;
        while (pos < items.size() && items[pos].value("id", std::string()) != cursor)
            ++pos;
        if (pos == items.size())
            return ApiError::invalid("No such " + objectName + ": '" + cursor + "'",
                params.startingAfter ? "starting_after" : "ending_before");
        if (params.startingAfter) {
            from = pos + 1;
            to = std::min(items.size(), from + limit);
            page.hasMore = to < items.size();
        } else {
            to = pos;
            from = to > limit ? to - limit : 0;
            page.hasMore = from > 0;
        }
    }
    for (size_t i = from; i < to; ++i)
        page.data.push_back(items[i]);
    return page;
}

} // namespace Kiosk::Sim
