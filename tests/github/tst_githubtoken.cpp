#include "githubsettings.h"
#include "githubtokenstore.h"

#include <QDirIterator>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestGitHubToken : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void environmentTokenWins()
    {
        qputenv("GITHUB_TOKEN", "  ghp_fromEnvironment \n");
        GitHubTokenStore store;
        store.setKeychainEntry(u"PlotbenchTest"_s, u"token"_s);
        QSignalSpy loaded(&store, &GitHubTokenStore::loaded);
        store.load();
        QVERIFY(loaded.wait(2000));
        QCOMPARE(loaded.first().at(0).toString(), u"ghp_fromEnvironment"_s);
        QCOMPARE(loaded.first().at(1).value<GitHubTokenStore::Source>(), GitHubTokenStore::Source::Environment);
        qunsetenv("GITHUB_TOKEN");
    }

    void keychainAnswersOrFailsClearly()
    {
        // Test machines have no unlocked keychain: the store must answer either way, never hang,
        // and never fall back to a plain-text file.
        qunsetenv("GITHUB_TOKEN");
        QTemporaryDir home;
        qputenv("XDG_DATA_HOME", home.path().toUtf8());
        qputenv("XDG_CONFIG_HOME", home.path().toUtf8());
        GitHubTokenStore store;
        store.setKeychainEntry(u"PlotbenchTest-%1"_s.arg(QCoreApplication::applicationPid()), u"token"_s);
        QSignalSpy loaded(&store, &GitHubTokenStore::loaded);
        QSignalSpy failed(&store, &GitHubTokenStore::failed);
        store.load();
        QVERIFY(QTest::qWaitFor([&] { return loaded.size() + failed.size() > 0; }, 30000));
        if (!failed.isEmpty())
            QVERIFY(failed.first().first().toString().contains(u"GITHUB_TOKEN"_s));
        else
            QCOMPARE(loaded.first().at(0).toString(), QString()); // nothing stored under this entry
        QSignalSpy saved(&store, &GitHubTokenStore::saved);
        store.save(u"ghp_secretForKeychain"_s);
        const qsizetype failuresBefore = failed.size();
        QVERIFY(QTest::qWaitFor([&] { return saved.size() + failed.size() > failuresBefore; }, 30000));
        // Whatever the keychain did, the token is in no file under the test's home.
        QDirIterator files(home.path(), QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY(!file.readAll().contains("ghp_secretForKeychain"));
        }
        if (!saved.isEmpty())
            store.forget();
    }

    void settingsRoundTripWithoutTheToken()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"settings.ini"_s);
        {
            QSettings settings(path, QSettings::IniFormat);
            GitHubSettings github;
            github.repository = GitHubRepository::parse(u"someone/fork"_s);
            github.apiUrl = QUrl(u"https://ghe.example.com/api/v3"_s);
            github.pollMinutes = 2;
            github.save(settings);
        }
        QSettings settings(path, QSettings::IniFormat);
        const GitHubSettings loaded = GitHubSettings::load(settings);
        QCOMPARE(loaded.repository.fullName(), u"someone/fork"_s);
        QCOMPARE(loaded.apiUrl, QUrl(u"https://ghe.example.com/api/v3"_s));
        QCOMPARE(loaded.pollMinutes, 2);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().toLower().contains("token"));
    }

    void badSettingsFallBackToDefaults()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"s.ini"_s), QSettings::IniFormat);
        settings.setValue(u"github/repository"_s, u"not a repo"_s);
        settings.setValue(u"github/apiUrl"_s, u"file:///etc/passwd"_s);
        settings.setValue(u"github/pollMinutes"_s, -4);
        const GitHubSettings loaded = GitHubSettings::load(settings);
        QCOMPARE(loaded.repository, GitHubRepository::defaultCatalog());
        QVERIFY(loaded.apiUrl.isEmpty());
        QCOMPARE(loaded.pollMinutes, 0);
    }
};

QTEST_GUILESS_MAIN(TestGitHubToken)
#include "tst_githubtoken.moc"
