#pragma once

#include <QEventLoop>
#include <optional>

namespace sendtrail {

// Turns a handler-based operation into a blocking call for callers that have no event loop of
// their own (the CLI, tests). start(handler) must see to it that handler(result) is called
// exactly once. A handler called inside start() returns at once; otherwise a nested loop runs
// until it is called, holding back user input so a window cannot start a second operation.
template <typename Result, typename Start> Result waitFor(Start start)
{
    QEventLoop loop;
    std::optional<Result> outcome;
    // Handlers are called with an lvalue: a mutable one (a secret in it) is moved, not copied; a
    // const one is copied.
    start([&](auto &result) {
        outcome = std::move(result);
        loop.quit();
    });
    if (!outcome)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    return *outcome;
}

} // namespace sendtrail
