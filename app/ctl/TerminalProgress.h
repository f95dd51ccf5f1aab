#pragma once

#include <QString>
#include <QTextStream>

#include <cstdio>
#include <functional>
#include <unistd.h>

namespace rentflow::app {

// Progress of long commands on stderr, only when a person is watching it
// (CLI.md); scripts reading stderr get nothing extra.
inline std::function<void(const QString&, int, int)> terminalProgress()
{
    if (!isatty(fileno(stderr)))
        return [](const QString&, int, int) {
        };
    return [](const QString& step, int done, int total) {
        if (done % 100 == 0 || done == total)
            QTextStream(stderr) << '\r' << step << ' ' << done << '/' << total
                                << (done == total ? "\n" : "") << Qt::flush;
    };
}

} // namespace rentflow::app
