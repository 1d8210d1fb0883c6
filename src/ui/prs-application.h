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

G_END_DECLS
