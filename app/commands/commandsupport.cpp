#include "commandsupport.h"

using namespace Qt::StringLiterals;

namespace CommandLine {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

int fail(const QString &reason)
{
    QTextStream(stderr) << u"plotbench: "_s << reason << u'\n';
    return Failure;
}

} // namespace CommandLine
