#include "githubsettings.h"

#include <QSettings>

using namespace Qt::StringLiterals;

GitHubSettings GitHubSettings::load(const QSettings &settings)
{
    GitHubSettings result;
    const GitHubRepository repository = GitHubRepository::parse(settings.value(u"github/repository"_s).toString());
    if (repository.isValid())
        result.repository = repository;
    const QUrl url(settings.value(u"github/apiUrl"_s).toString(), QUrl::StrictMode);
    if (url.isValid() && (url.scheme() == u"https"_s || url.scheme() == u"http"_s))
        result.apiUrl = url;
    result.pollMinutes = std::clamp(settings.value(u"github/pollMinutes"_s, 5).toInt(), 0, 1440);
    return result;
}

void GitHubSettings::save(QSettings &settings) const
{
    settings.setValue(u"github/repository"_s, repository.fullName());
    settings.setValue(u"github/apiUrl"_s, apiUrl.toString());
    settings.setValue(u"github/pollMinutes"_s, pollMinutes);
}
