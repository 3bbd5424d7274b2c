// SPDX-License-Identifier: MIT
// The simulator's application/x-www-form-urlencoded decoder (simulator/FormDecoder), which reads
// every request body and query string the simulator gets, most of them without authentication.
// Invariants: no crash, no exception, no undefined behaviour; a refusal is "parameter_invalid"
// with a message; an accepted body is an object whose leaves are strings, nested no deeper than
// FormDecoder::kMaxDepth allows; and what the kiosk's own encoder (backend/stripe/FormEncoder)
// writes for that tree decodes to the same tree.

#include "FormDecoder.h"
#include "FormEncoder.h"
#include "FuzzSupport.h"

#include <nlohmann/json.hpp>

#include <algorithm>

using nlohmann::json;

namespace {

/** Levels below the root: "a=1" is 1, "a[b]=1" is 2. */
int depth(const json &node)
{
    int deepest = 0;
    if (node.is_structured()) {
        for (const json &child : node)
            deepest = std::max(deepest, depth(child));
    }
    return node.is_structured() ? deepest + 1 : 0;
}

bool leavesAreStrings(const json &node)
{
    if (node.is_string())
        return true;
    if (!node.is_structured())
        return false;
    for (const json &child : node) {
        if (!leavesAreStrings(child))
            return false;
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    Kiosk::Fuzz::silenceQtMessages();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const Kiosk::Result<json> decoded = Kiosk::Sim::FormDecoder::decode(Kiosk::Fuzz::bytes(data, size));
    if (!decoded) {
        FUZZ_CHECK(decoded.error().code == QLatin1String("parameter_invalid"), "a refusal is parameter_invalid");
        FUZZ_CHECK(!decoded.error().message.isEmpty(), "a refusal says why");
        return 0;
    }
    const json &tree = decoded.value();
    FUZZ_CHECK(tree.is_object(), "a decoded body is an object");
    FUZZ_CHECK(leavesAreStrings(tree), "every decoded value is a string");
    // The root, the name and at most kMaxDepth bracket levels below it.
    FUZZ_CHECK(depth(tree) <= Kiosk::Sim::FormDecoder::kMaxDepth + 1, "nesting is bounded");

    const QByteArray asJson = QByteArray::fromStdString(tree.dump(-1, ' ', false, json::error_handler_t::strict));
    const Kiosk::Result<Kiosk::FormEncoder::Params> flat = Kiosk::FormEncoder::flattenJson(asJson);
    FUZZ_CHECK(flat.ok(), "the encoder flattens every decoded tree");
    const Kiosk::Result<json> again = Kiosk::Sim::FormDecoder::decode(Kiosk::FormEncoder::encode(flat.value()));
    FUZZ_CHECK(again.ok(), "the decoder reads what the encoder writes");
    FUZZ_CHECK(again.value() == tree, "encode(decode(x)) decodes to the same tree");
    return 0;
}
