/* prs-application.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "prs-application.h"

struct _PrsApplication
{
  AdwApplication parent_instance;
};

G_DEFINE_FINAL_TYPE (PrsApplication, prs_application, ADW_TYPE_APPLICATION)

static void
prs_application_class_init (PrsApplicationClass *klass)
{
}

static void
prs_application_init (PrsApplication *self)
{
}

PrsApplication *
prs_application_new (void)
{
  return g_object_new (PRS_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       NULL);
}
