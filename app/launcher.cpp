// `plotbench`, the executable users run. `import` runs right here, on Qt Core and the data readers
// alone: a fifth of the shared libraries of the whole application to load and relocate, which is
// most of a small import's time and a tenth of a big one's. The window and every other command are
// plotbench-app's: this process becomes it (exec, same pid, arguments and exit code).
#include "applicationsetup.h"
#include "commands.h"

#include <QStringList>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string>
#include <unistd.h>

namespace {
// plotbench-app beside this executable (the build tree), else where it is installed.
std::string applicationPath()
{
    char self[4096];
    const ssize_t length = readlink("/proc/self/exe", self, sizeof self - 1);
    std::string directory = length > 0 ? std::string(self, size_t(length)) : std::string();
    directory = directory.substr(0, directory.find_last_of('/') + 1);
    for (const std::string &candidate : {directory + "plotbench-app", directory + PLOTBENCH_APP_FROM_BINDIR "/plotbench-app"})
        if (access(candidate.c_str(), X_OK) == 0)
            return candidate;
    return directory + "plotbench-app";
}
} // namespace

int main(int argc, char **argv)
{
    if (argc >= 2 && std::strcmp(argv[1], "import") == 0) {
        QCoreApplication app(argc, argv);
        ApplicationSetup::setApplicationInfo();
        ApplicationSetup::installTranslations(app);
        // As CommandLine::run() passes it: "plotbench import" and the rest.
        return CommandLine::importData(QStringList{u"plotbench import"_s} + QCoreApplication::arguments().mid(2));
    }
    const std::string path = applicationPath();
    execv(path.c_str(), argv);
    std::fprintf(stderr, "plotbench: cannot start %s: %s\n", path.c_str(), std::strerror(errno));
    return 2;
}
