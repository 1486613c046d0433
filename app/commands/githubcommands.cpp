#include "commands.h"
#include "commandsupport.h"

#include "githubclient.h"
#include "githubtokenstore.h"
#include "issuelifecycle.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace CommandLine {

namespace {
// Runs the event loop until a future is ready: the client is asynchronous, the command is not.
template<typename T>
T wait(const QFuture<T> &future)
{
    QFutureWatcher<T> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcher<T>::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(future);
    if (!future.isFinished())
        loop.exec();
    return future.result();
}

QString tokenFromEnvironmentOrKeychain()
{
    GitHubTokenStore store;
    QString token;
    QEventLoop loop;
    QObject::connect(&store, &GitHubTokenStore::loaded, &loop, [&](const QString &loaded) {
        token = loaded;
        loop.quit();
    });
    QObject::connect(&store, &GitHubTokenStore::failed, &loop, &QEventLoop::quit); // no keychain: anonymous
    store.load();
    loop.exec();
    return token;
}

QJsonObject lifecycleJson(const IssueLifecycle &lifecycle)
{
    QJsonObject libraries;
    for (auto it = lifecycle.libraries.cbegin(); it != lifecycle.libraries.cend(); ++it)
        libraries.insert(it.key(), IssueLifecycle::libraryStateKey(it.value()));
    QJsonObject object{{u"stage"_s, IssueLifecycle::stageKey(lifecycle.stage)}, {u"libraries"_s, libraries}};
    if (lifecycle.report != IssueLifecycle::ReportState::None)
        object.insert(u"report"_s, lifecycle.report == IssueLifecycle::ReportState::Pending ? u"pending"_s : u"validated"_s);
    if (!lifecycle.reportTargets.isEmpty())
        object.insert(u"report_targets"_s, QJsonArray::fromStringList(lifecycle.reportTargets));
    return object;
}
} // namespace

int githubIssues(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Usage: %1 [options]").arg(arguments.first()) + u"\n"_s
        + tr("Lists the issues of the catalog repository with their lifecycle state. The token comes from "
             "GITHUB_TOKEN or the system keychain; without one, GitHub allows 60 requests per hour."));
    parser.addHelpOption();
    const QCommandLineOption repo(u"repo"_s, tr("The repository (default %1).").arg(GitHubRepository::defaultCatalog().fullName()),
                                  u"OWNER/NAME"_s, GitHubRepository::defaultCatalog().fullName());
    const QCommandLineOption label(u"label"_s, tr("Only issues with this label; repeat for several (all must match)."),
                                   u"L"_s);
    const QCommandLineOption state(u"state"_s, tr("open, closed or all (default open)."), u"STATE"_s, u"open"_s);
    const QCommandLineOption apiUrl(u"api-url"_s, tr("The GitHub API (GitHub Enterprise, a test server)."), u"URL"_s,
                                    GitHubClient::defaultApiUrl().toString());
    const QCommandLineOption json(u"json"_s, tr("Print machine-readable JSON."));
    parser.addOptions({repo, label, state, apiUrl, json});
    if (!parser.parse(arguments))
        return fail(parser.errorText());
    if (parser.isSet(u"help"_s)) {
        out() << helpText(parser);
        return Success;
    }
    if (!parser.positionalArguments().isEmpty())
        return fail(tr("unexpected argument '%1'; see --help").arg(parser.positionalArguments().first()));
    const GitHubRepository repository = GitHubRepository::parse(parser.value(repo));
    if (!repository.isValid())
        return fail(tr("'%1' is not a repository; expected OWNER/NAME").arg(parser.value(repo)));
    const QString stateValue = parser.value(state);
    if (stateValue != u"open"_s && stateValue != u"closed"_s && stateValue != u"all"_s)
        return fail(tr("--state must be open, closed or all, not '%1'").arg(stateValue));
    const QUrl url(parser.value(apiUrl), QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"https"_s && url.scheme() != u"http"_s) || url.host().isEmpty())
        return fail(tr("--api-url must be an http(s) URL, not '%1'").arg(parser.value(apiUrl)));

    GitHubClient::Options options;
    options.apiUrl = url;
    GitHubClient client(options);
    client.setRepository(repository);
    client.setToken(tokenFromEnvironmentOrKeychain());
    if (!client.hasToken())
        QTextStream(stderr) << u"plotbench: "_s << client.authStateText() << u'\n';

    const GitHubResult<GitHubIssueList> result = wait(client.listIssues({stateValue, parser.values(label), false}));
    if (!result.ok())
        return fail(result.error.message);

    const GitHubRateLimit limit = client.rateLimit();
    if (parser.isSet(json)) {
        QJsonArray issues;
        for (const GitHubIssue &issue : result.value.issues) {
            issues.append(QJsonObject{{u"number"_s, issue.number},
                                      {u"title"_s, issue.title},
                                      {u"state"_s, issue.state},
                                      {u"labels"_s, QJsonArray::fromStringList(issue.labelNames())},
                                      {u"spec_id"_s, issue.titleSpecId()},
                                      {u"lifecycle"_s, lifecycleJson(IssueLifecycle::fromIssue(issue))},
                                      {u"comments"_s, issue.comments},
                                      {u"author"_s, issue.author},
                                      {u"updated_at"_s, issue.updatedAt.toString(Qt::ISODate)},
                                      {u"url"_s, issue.htmlUrl}});
        }
        QJsonObject object{{u"repository"_s, repository.fullName()},
                           {u"state"_s, stateValue},
                           {u"labels"_s, QJsonArray::fromStringList(parser.values(label))},
                           {u"count"_s, int(result.value.issues.size())},
                           {u"requests"_s, result.value.requests},
                           {u"not_modified"_s, result.value.notModifiedPages},
                           {u"authenticated"_s, client.hasToken()},
                           {u"issues"_s, issues}};
        if (limit.isKnown()) {
            object.insert(u"rate_limit"_s, QJsonObject{{u"limit"_s, limit.limit},
                                                       {u"remaining"_s, limit.remaining},
                                                       {u"reset"_s, limit.reset.toString(Qt::ISODate)}});
        }
        out() << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
        return Success;
    }
    for (const GitHubIssue &issue : result.value.issues) {
        const QString lifecycle = IssueLifecycle::fromIssue(issue).summary();
        out() << u"#%1\t%2\t%3\t%4"_s.arg(issue.number).arg(issue.state, lifecycle.isEmpty() ? u"-"_s : lifecycle, issue.title);
        if (!issue.labels.isEmpty())
            out() << u"\t["_s << issue.labelNames().join(u", "_s) << u']';
        out() << u'\n';
    }
    out() << tr("%n issue(s) in %1", nullptr, int(result.value.issues.size())).arg(repository.fullName());
    if (limit.isKnown())
        out() << u"; "_s << client.rateLimitText();
    out() << u'\n';
    return Success;
}

} // namespace CommandLine
