#pragma once

#include "githubtypes.h"

#include <QUrl>

class QSettings;

// The GitHub part of Settings: which repository and API, how often to poll. Never the token
// (GitHubTokenStore keeps that in the keychain).
struct GitHubSettings
{
    GitHubRepository repository = GitHubRepository::defaultCatalog();
    QUrl apiUrl;              // empty: https://api.github.com
    int pollMinutes = 5;      // 0: no polling

    static GitHubSettings load(const QSettings &settings);
    void save(QSettings &settings) const;
    friend bool operator==(const GitHubSettings &, const GitHubSettings &) = default;
};
