// SPDX-License-Identifier: MIT
#include "ParamSpec.h"

#include "ApiVersion.h"

namespace Kiosk::Sim {

bool ParamSpec::knownIn(const std::string &version) const
{
    if (!sinceVersion.empty() && !ApiVersion::atLeast(version, sinceVersion))
        return false;
    return untilVersion.empty() || !ApiVersion::atLeast(version, untilVersion);
}

ParamSpecList listParams(ParamSpecList filters)
{
    ParamSpecList all { ParamSpec::integer("limit").range(1, 100), ParamSpec::string("starting_after"),
        ParamSpec::string("ending_before"), ParamSpec::expand() };
    for (ParamSpec &f : filters)
        all.push_back(std::move(f));
    return all;
}

} // namespace Kiosk::Sim
