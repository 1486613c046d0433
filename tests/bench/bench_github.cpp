// Listing 1,000 issues with labels from the fake GitHub on 127.0.0.1, and re-polling them.
// Budgets (issue 5): ≤ 10 requests and ≤ 2 s for the listing; 0 quota for an unchanged re-poll.
// Baselines in the same run: the same listing following `next` links one by one, and with
// GitHub's default page size (30). Prints figures; never fails on time.
#include "fakegithub.h"
#include "githubclient.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {
const QString repoName = u"MarkusNeusinger/anyplot"_s;
const QByteArray token = "ghp_benchTOKEN";

struct Measurement
{
    double milliseconds = 0;
    int requests = 0;
    int notModified = 0;
    int issues = 0;
    int quotaUsed = 0;
    bool ok = false;
};

Measurement list(FakeGitHub &server, GitHubClient &client)
{
    const int before = server.quota(token).remaining;
    QElapsedTimer timer;
    timer.start();
    auto future = client.listIssues({u"all"_s, {}, false});
    if (!QTest::qWaitFor([&] { return future.isFinished(); }, 60000))
        return {};
    const auto result = future.result();
    return {double(timer.nsecsElapsed()) / 1e6, result.value.requests, result.value.notModifiedPages,
            int(result.value.issues.size()), before - server.quota(token).remaining, result.ok()};
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

Measurement run(FakeGitHub &server, const QString &cacheDir, GitHubClient::Options options, bool repoll,
                std::vector<double> *times)
{
    Measurement last;
    for (int round = 0; round < 5; ++round) {
        QTemporaryDir freshCache;
        options.apiUrl = server.url();
        options.cacheDirectory = repoll ? cacheDir : freshCache.path();
        GitHubClient client(options);
        client.setRepository(GitHubRepository::parse(repoName));
        client.setToken(QString::fromLatin1(token));
        last = list(server, client);
        times->push_back(last.milliseconds);
    }
    return last;
}

void print(const char *what, const Measurement &m, double medianMs)
{
    std::printf("%-52s %5d issues %3d requests %3d × 304 quota %3d  median %7.1f ms%s\n", what, m.issues, m.requests,
                m.notModified, m.quotaUsed, medianMs, m.ok ? "" : "  FAILED");
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    FakeGitHub server;
    server.addToken(token, u"bench"_s);
    server.start();
    server.addLifecycleIssues(repoName, 1000); // each with 4 labels
    server.setQuota(token, 100000, 100000);

    QTemporaryDir warmCache;
    std::printf("GitHub client: 1,000 issues × 4 labels from the fake GitHub on 127.0.0.1 (5 runs each)\n");

    std::vector<double> parallel, sequential, small, repoll;
    GitHubClient::Options options;
    const Measurement first = run(server, {}, options, false, &parallel);
    print("listing, per_page=100, pages in parallel (ours)", first, median(parallel));

    GitHubClient::Options sequentialOptions;
    sequentialOptions.parallelPages = false;
    const Measurement one = run(server, {}, sequentialOptions, false, &sequential);
    print("baseline: per_page=100, following next one by one", one, median(sequential));

    GitHubClient::Options smallPages;
    smallPages.perPage = 30;
    const Measurement thirty = run(server, {}, smallPages, false, &small);
    print("baseline: per_page=30 (GitHub's default)", thirty, median(small));

    // Re-poll with nothing changed: the ETag cache on disk, a new client each time (a restart).
    {
        GitHubClient::Options warm;
        warm.apiUrl = server.url();
        warm.cacheDirectory = warmCache.path();
        GitHubClient client(warm);
        client.setRepository(GitHubRepository::parse(repoName));
        client.setToken(QString::fromLatin1(token));
        list(server, client);
    }
    const Measurement again = run(server, warmCache.path(), options, true, &repoll);
    print("re-poll, nothing changed (ETag cache, after restart)", again, median(repoll));

    std::printf("budgets: listing ≤ 10 requests (%d), ≤ 2000 ms (median %.1f ms); re-poll quota 0 (%d, %d of %d "
                "answers 304)\n",
                first.requests, median(parallel), again.quotaUsed, again.notModified, again.requests);
    std::printf("ratios: parallel pages %.2fx faster than one by one; per_page=100 needs %.1fx fewer requests than 30\n",
                median(sequential) / std::max(0.001, median(parallel)), double(thirty.requests) / std::max(1, first.requests));
    return first.ok && again.ok ? 0 : 1;
}
