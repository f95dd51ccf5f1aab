#pragma once

#include <store/StoreError.h>

#include <QList>

#include <functional>

namespace rentflow::server {

class Routes;
class Services;

// One part of the server (auth, the public endpoints, the CRM, mail, operations):
// `prepare` runs once at start, before any worker thread, to make the area's shared
// objects (Services::provide) and start its background work; `addRoutes` runs on each
// worker thread to add the area's routes.
struct ServerArea
{
    const char* name;
    std::function<store::StoreStatus(Services&)> prepare;
    std::function<void(Routes&)> addRoutes;
};

// Every area, in the order they are prepared (ServerAreas.cpp: one line each).
QList<ServerArea> serverAreas();

} // namespace rentflow::server
