// The fake anyplot API as a standalone server on 127.0.0.1, for looking at the app by hand:
//   fakeanyplotapi_server [--slow-details MS] [--images]   prints its base URL, serves until killed.
#include "fakeanyplotapi.h"

#include <QGuiApplication>
#include <QTextStream>

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv); // QPainter draws the preview pictures
    FakeAnyplotApi server;
    const QStringList arguments = app.arguments();
    if (const qsizetype at = arguments.indexOf(u"--slow-details"_s); at >= 0 && at + 1 < arguments.size()) {
        FakeAnyplotApi::Fault slow;
        slow.kind = FakeAnyplotApi::FaultKind::Slow;
        slow.delayMs = arguments.at(at + 1).toInt();
        slow.times = -1;
        server.addFault(u"/specs/*"_s, slow);
    }
    if (arguments.contains(u"--images"_s))
        server.setServeImages(true);
    QTextStream(stdout) << server.baseUrl().toString() << Qt::endl;
    return app.exec();
}
