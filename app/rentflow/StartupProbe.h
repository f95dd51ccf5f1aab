#pragma once

#include <QElapsedTimer>

namespace rentflow::ui {
class AppSession;
}

namespace rentflow::app {

// For the shell's benchmark only (tests/bench/ShellBench.cpp); users never set it.
// RENTFLOW_BENCH_STARTUP=shown: once the main window is exposed and painted, print
// "rentflow-bench shown-ms=N vmhwm-kb=N" on stderr and quit. =screens: first show every
// screen of the navigation in turn, then print the same with the peak memory after all.
// `sinceStart` runs from the start of main().
void armStartupProbe(ui::AppSession& session, const QElapsedTimer& sinceStart);

} // namespace rentflow::app
