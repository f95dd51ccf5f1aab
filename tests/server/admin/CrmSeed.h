#pragma once

#include "BothBackends.h"

#include <QString>

namespace rentflow::test::crm {

// What the CRM's tests need on a running server: people who sign in (made with
// `rentflow-server user add`, as an operator would), and waitlist entries and investor
// leads sent through the public endpoints, as the website sends them.

// Adds a user with `role` ("super_admin", "manager", "owner"…); empty on success, else why.
QString addUser(TestServer& server, const QString& email, const QString& password,
                const QString& role, const QString& org = {});
// Signs in; the access token, or empty (with the response in `why`).
QString signIn(HttpClient& http, const QString& email, const QString& password,
               QString* why = nullptr);
// Joins the waitlist; the entry's id, or empty.
QString joinWaitlist(HttpClient& http, const QString& email, const QString& fullName,
                     const QString& phone = {});
// Sends an investor lead; its id, or empty.
QString sendLead(HttpClient& http, const QString& email, const QString& fullName,
                 const QString& investorType = QStringLiteral("angel"));

inline const QString kPassword = QStringLiteral("Correct-Horse-42-battery");

} // namespace rentflow::test::crm
