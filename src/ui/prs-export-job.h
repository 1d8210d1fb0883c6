/* prs-export-job.h: exports and printing from the app (placeholder)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>
