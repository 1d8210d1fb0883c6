/* prs-application.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define PRS_TYPE_APPLICATION (prs_application_get_type ())
G_DECLARE_FINAL_TYPE (PrsApplication, prs_application, PRS, APPLICATION, AdwApplication)

PrsApplication *prs_application_new (void);

/* Registers the app's GResource bundle (the static library's constructor may be
 * dropped by the linker); safe to call more than once. */
void            prs_ui_ensure_resources (void);
gboolean        prs_application_has_schema (void);

G_END_DECLS
