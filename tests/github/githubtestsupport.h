#pragma once

#include "githubclient.h"

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

// A client of the catalog repository on a test server, with its own ETag cache directory.
inline std::unique_ptr<GitHubClient> makeTestClient(const QUrl &apiUrl, const QString &cacheDirectory,
                                                    const QByteArray &token, int timeoutMs = 5000)
{
    GitHubClient::Options options;
    options.apiUrl = apiUrl;
    options.cacheDirectory = cacheDirectory;
    options.timeoutMs = timeoutMs;
    auto client = std::make_unique<GitHubClient>(options);
    client->setRepository(GitHubRepository::parse(QStringLiteral("MarkusNeusinger/anyplot")));
    if (!token.isEmpty())
        client->setToken(QString::fromLatin1(token));
    return client;
}
