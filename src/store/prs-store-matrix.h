/* prs-store-matrix.h: typed reads and writes for grids over the store (the
 * participation sheet and its benchmark): names of a page of people, and many
 * participation cells written as one undo step
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "prs-participation.h"

G_BEGIN_DECLS

/* "prefix first last" of each of @ids (n of them), in that order; "" for an id
 * not found. A NULL-terminated array. Meant for a page of visible rows. */
char    **prs_store_get_person_names     (PrsStore          *store,
                                          const gint64      *ids,
                                          guint              n,
                                          GError           **error);

/* Sets @n cells (@rows[i], @columns[i]) of the matrix to @values[i] through the
 * edit API as ONE undo step labelled @label, and updates the matrix. On failure
 * nothing is written and the matrix is unchanged. */
gboolean  prs_participation_set_cells    (PrsParticipation  *self,
                                          PrsStore          *store,
                                          guint              n,
                                          const guint       *rows,
                                          const guint       *columns,
                                          const gboolean    *values,
                                          const char        *label,
                                          GError           **error);

/* Internal to the store (prs-participation.c): the cell's bit only. */
void      prs_participation_set_bit      (PrsParticipation  *self,
                                          guint              row,
                                          guint              column,
                                          gboolean           value);

G_END_DECLS
