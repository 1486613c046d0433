#pragma once

#include <QCoreApplication>
#include <QFuture>
#include <QTest>

// Waits for a client call while the event loop runs; fails the test on a timeout.
template<typename T>
T awaitResult(QFuture<T> future, int timeoutMs = 15000)
{
    if (!QTest::qWaitFor([&future] { return future.isFinished(); }, timeoutMs)) {
        qWarning("call did not finish within %d ms", timeoutMs);
        return T{};
    }
    return future.result();
}
