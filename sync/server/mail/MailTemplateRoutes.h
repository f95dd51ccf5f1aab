#pragma once

namespace rentflow::server {

class Routes;

// The platform's mail templates, for super_admin (SPEC §8.5 "templates editable"):
//   GET    /api/v1/admin/mail-templates          every template, overridden or not
//   GET    /api/v1/admin/mail-templates/<name>   its wording as sent and its variables
//   PUT    /api/v1/admin/mail-templates/<name>   {subject, text, html}: saves an override
//   DELETE /api/v1/admin/mail-templates/<name>   back to the shipped wording
void addMailTemplateRoutes(Routes& routes);

} // namespace rentflow::server
