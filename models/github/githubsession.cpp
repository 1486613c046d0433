#include "githubsession.h"

#include "catalog.h"
#include "githubclient.h"
#include "githubtokenstore.h"
#include "issuemodel.h"
#include "issuetracker.h"

GitHubSession::GitHubSession(QObject *parent)
    : QObject(parent)
    , m_client(new GitHubClient(this))
    , m_model(new IssueModel(this))
    , m_tracker(new IssueTracker(m_client, m_model, this))
    , m_tokenStore(new GitHubTokenStore(this))
{
    connect(m_tokenStore, &GitHubTokenStore::failed, this, &GitHubSession::message);
    applySettings(m_settings);
}

GitHubSession::~GitHubSession() = default;

void GitHubSession::applySettings(const GitHubSettings &settings)
{
    const bool changed = settings.repository != m_settings.repository || settings.apiUrl != m_settings.apiUrl;
    m_settings = settings;
    m_client->setRepository(settings.repository);
    m_client->setApiUrl(m_apiUrlOverride.isEmpty() ? settings.apiUrl : m_apiUrlOverride);
    m_tracker->setPollInterval(settings.pollMinutes * 60 * 1000);
    // Before start() nothing is fetched: no request may go out before the token is known
    // (it would be anonymous) or before the user asked for issues.
    if (changed && m_started) {
        m_model->clear();
        m_tracker->refresh();
    }
}

void GitHubSession::setApiUrlOverride(const QUrl &url)
{
    m_apiUrlOverride = url;
    m_client->setApiUrl(url.isEmpty() ? m_settings.apiUrl : url);
}

void GitHubSession::start()
{
    m_started = true;
    connect(m_tokenStore, &GitHubTokenStore::loaded, this, [this](const QString &token) {
        m_client->setToken(token);
        m_tracker->refresh();
    }, Qt::SingleShotConnection);
    m_tokenStore->load();
}

void GitHubSession::signIn(const QString &token, bool remember)
{
    m_client->setToken(token);
    if (remember)
        m_tokenStore->save(token);
    if (m_started)
        m_tracker->refresh();
}

void GitHubSession::signOut()
{
    m_client->setToken({});
    m_tokenStore->forget();
}

void GitHubSession::setCatalog(const Catalog *catalog)
{
    QHash<int, QString> links;
    if (catalog) {
        for (const Spec &spec : catalog->specs()) {
            if (spec.issue > 0)
                links.insert(spec.issue, spec.id);
        }
    }
    m_model->setSpecLinks(links);
}
