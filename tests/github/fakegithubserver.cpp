// A fake GitHub to look at the app with: `fakegithubserver PORT`, then
// `plotbench --api-url http://127.0.0.1:PORT` (token: GITHUB_TOKEN=ghp_demo). Not a test.
#include "fakegithub.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    FakeGitHub server;
    server.addToken("ghp_demo", u"maintainer"_s);
    const QString repo = u"MarkusNeusinger/anyplot"_s;
    server.addLifecycleIssues(repo, 40);
    server.addIssue(repo, u"[scatter-basic] Basic Scatter Plot"_s,
                    {u"spec-ready"_s, u"impl:matplotlib:done"_s, u"impl:seaborn:done"_s, u"impl:plotly:failed"_s,
                     u"generate:bokeh"_s},
                    u"### Description\n\nA basic scatter plot of two numeric variables.\n\n### Data\n\n- `x` (numeric) - "
                    u"horizontal position\n- `y` (numeric) - vertical position\n\n![preview](https://example.com/p.png)"_s);
    const int number = 41;
    server.addComment(repo, number, u"github-actions[bot]"_s,
                      u"## AI Review - Attempt 2/3\n\n### Score: 86/100\n\n| Category | Score | Max |\n|---|---|---|\n"
                      u"| Visual Quality | 35 | 40 |\n| Code Quality | 18 | 20 |\n| Spec Compliance | 23 | 25 |\n"
                      u"| Library Features | 10 | 15 |\n\n### Verdict: APPROVED\n"_s);
    server.addComment(repo, number, u"github-actions[bot]"_s,
                      u"## :white_check_mark: matplotlib Complete\n\n**Quality Score:** 86/100\n\nPR: #120"_s);
    server.addComment(repo, number, u"reviewer"_s, u"The plotly run failed with `${ERROR}`; retrying."_s);
    const quint16 port = argc > 1 ? quint16(QString::fromLocal8Bit(argv[1]).toUInt()) : 0;
    QTextStream(stdout) << server.start(port).toString() << Qt::endl;
    return app.exec();
}
