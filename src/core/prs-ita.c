/* prs-ita.c: ITA frameworks (as data) and the exact roll-up engine
 *
 * A framework is compiled into a flat list of "nodes", one per figure (an item part, a
 * sub-group, an indicator or indicator part, an instrument or instrument part, the
 * total), ordered so that every node comes after the nodes it is computed from. The
 * roll-up is then one pass over that list.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "prs-core-error.h"
#include "prs-core-resources.h"
#include "prs-digits.h"
#include "prs-ita.h"

#define FRAMEWORKS_RESOURCE "/io/github/prongsai/Prongsai/core/ita-frameworks.json"
#define MAX_RULES 2

typedef struct
{
  guint  n;
  guint *children;  /* node indices */
} Rule;

typedef struct
{
  const char                 *code;
  const char                 *part;
  const PrsItaItemInfo       *item;       /* item nodes */
  const PrsItaInstrumentInfo *instrument; /* instrument nodes (not parts) */
  gboolean                    weighted;   /* the total */
  guint                       n_rules;
  Rule                        rules[MAX_RULES];
} Node;

struct _PrsItaFramework
{
  gatomicrefcount ref_count;
  const char     *id;
  const char     *name;
  PrsScore        pass_mark;
  gboolean        items_modelled;
  GStringChunk   *strings;
  GPtrArray      *allocs;      /* every g_new'd block, freed together */
  GPtrArray      *instruments; /* PrsItaInstrumentInfo * */
  GPtrArray      *indicators;
  GPtrArray      *groups;
  GPtrArray      *items;
  GPtrArray      *levels;
  GPtrArray      *integrity;
  GArray         *nodes;       /* Node */
  GHashTable     *node_index;  /* "code/part" -> index + 1 */
  GHashTable     *aliases;     /* upper-case code as typed -> canonical code */
  guint           total_node;
};

/* --- building --- */

static gpointer
fw_alloc (PrsItaFramework *fw, gsize size)
{
  gpointer p = g_malloc0 (size);

  g_ptr_array_add (fw->allocs, p);
  return p;
}

static const char *
fw_str (PrsItaFramework *fw, const char *s)
{
  return s ? g_string_chunk_insert_const (fw->strings, s) : NULL;
}

static char *
node_key (const char *code, const char *part)
{
  return g_strconcat (code, "/", part ? part : "", NULL);
}

static guint
add_node (PrsItaFramework *fw, const char *code, const char *part)
{
  Node node = { 0 };

  node.code = fw_str (fw, code);
  node.part = fw_str (fw, part);
  g_array_append_val (fw->nodes, node);
  g_hash_table_insert (fw->node_index, node_key (code, part), GUINT_TO_POINTER (fw->nodes->len));
  return fw->nodes->len - 1;
}

static gboolean
find_node (const PrsItaFramework *fw, const char *code, const char *part, guint *index)
{
  g_autofree char *key = node_key (code, part);
  gpointer v = g_hash_table_lookup (fw->node_index, key);

  if (v == NULL)
    return FALSE;
  *index = GPOINTER_TO_UINT (v) - 1;
  return TRUE;
}

static Node *
node_at (const PrsItaFramework *fw, guint i)
{
  return &g_array_index (fw->nodes, Node, i);
}

static void
add_rule (PrsItaFramework *fw, guint node, const guint *children, guint n)
{
  Node *nd = node_at (fw, node);
  Rule *rule;

  g_assert (nd->n_rules < MAX_RULES);
  rule = &nd->rules[nd->n_rules++];
  rule->n = n;
  rule->children = fw_alloc (fw, sizeof (guint) * MAX (n, 1));
  memcpy (rule->children, children, sizeof (guint) * n);
}

static gboolean
add_alias (PrsItaFramework *fw, const char *alias, const char *canonical, GError **error)
{
  char *key = g_ascii_strup (alias, -1);

  if (g_hash_table_contains (fw->aliases, key))
    {
      g_set_error (error, PRS_CORE_ERROR, PRS_CORE_ERROR_FORMAT,
                   _("The ITA framework “%s” uses the code “%s” twice."), fw->id, alias);
      g_free (key);
      return FALSE;
    }
  g_hash_table_insert (fw->aliases, key, (gpointer) fw_str (fw, canonical));
  return TRUE;
}

static void
framework_free (PrsItaFramework *fw)
{
  g_clear_pointer (&fw->aliases, g_hash_table_unref);
  g_clear_pointer (&fw->node_index, g_hash_table_unref);
  g_clear_pointer (&fw->nodes, g_array_unref);
  g_clear_pointer (&fw->instruments, g_ptr_array_unref);
  g_clear_pointer (&fw->indicators, g_ptr_array_unref);
  g_clear_pointer (&fw->groups, g_ptr_array_unref);
  g_clear_pointer (&fw->items, g_ptr_array_unref);
  g_clear_pointer (&fw->levels, g_ptr_array_unref);
  g_clear_pointer (&fw->integrity, g_ptr_array_unref);
  g_clear_pointer (&fw->allocs, g_ptr_array_unref);
  g_clear_pointer (&fw->strings, g_string_chunk_free);
  g_free (fw);
}

PrsItaFramework *
prs_ita_framework_ref (PrsItaFramework *fw)
{
  g_return_val_if_fail (fw != NULL, NULL);
  g_atomic_ref_count_inc (&fw->ref_count);
  return fw;
}

void
prs_ita_framework_unref (PrsItaFramework *fw)
{
  g_return_if_fail (fw != NULL);
  if (g_atomic_ref_count_dec (&fw->ref_count))
    framework_free (fw);
}

/* --- reading the JSON --- */

static gboolean
format_error (GError **error, const char *fw_id, const char *what)
{
  g_set_error (error, PRS_CORE_ERROR, PRS_CORE_ERROR_FORMAT,
               _("The ITA framework “%s” is malformed: %s."), fw_id ? fw_id : "?", what);
  return FALSE;
}

static const char *
member_string (JsonObject *obj, const char *name)
{
  JsonNode *node = obj ? json_object_get_member (obj, name) : NULL;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (node);
}

static JsonArray *
member_array (JsonObject *obj, const char *name)
{
  JsonNode *node = obj ? json_object_get_member (obj, name) : NULL;

  return node && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
}

static JsonObject *
element_object (JsonArray *array, guint i)
{
  JsonNode *node = json_array_get_element (array, i);

  return node && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

static gboolean
member_bool (JsonObject *obj, const char *name)
{
  JsonNode *node = json_object_get_member (obj, name);

  return node && JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_BOOLEAN
         && json_node_get_boolean (node);
}

static gboolean
member_score (PrsItaFramework *fw, JsonObject *obj, const char *name, gboolean *has, PrsScore *out,
              GError **error)
{
  const char *text = member_string (obj, name);

  *has = FALSE;
  if (json_object_has_member (obj, name) && text == NULL)
    return format_error (error, fw->id, name);
  if (text == NULL)
    return TRUE;
  if (!prs_score_parse (text, out, NULL))
    return format_error (error, fw->id, name);
  *has = TRUE;
  return TRUE;
}

static gboolean
read_item (PrsItaFramework *fw, JsonObject *obj, PrsItaInstrumentInfo *inst,
           PrsItaIndicatorInfo *ind, PrsItaGroupInfo *group, PrsItaItemInfo **out, GError **error)
{
  PrsItaItemInfo *item;
  const char *code = member_string (obj, "code");

  if (code == NULL || *code == '\0')
    return format_error (error, fw->id, _("an item has no code"));
  item = fw_alloc (fw, sizeof *item);
  item->code = fw_str (fw, code);
  item->text = fw_str (fw, member_string (obj, "text") ? member_string (obj, "text") : "");
  item->index = fw->items->len;
  item->instrument = inst;
  item->indicator = ind;
  item->group = group;
  if (member_string (obj, "answer") != NULL)
    {
      const char *answer = member_string (obj, "answer");

      if (g_str_equal (answer, "yes/no"))
        item->yes_no = TRUE;
      else if (!g_str_equal (answer, "scale"))
        return format_error (error, fw->id, _("an item's answer is neither “yes/no” nor “scale”"));
    }
  g_ptr_array_add (fw->items, item);
  *out = item;
  return add_alias (fw, code, code, error);
}

static gboolean
read_items (PrsItaFramework *fw, JsonArray *array, PrsItaInstrumentInfo *inst,
            PrsItaIndicatorInfo *ind, PrsItaGroupInfo *group, guint *n_out,
            const PrsItaItemInfo ***out, GError **error)
{
  guint n = array ? json_array_get_length (array) : 0;
  const PrsItaItemInfo **items;

  if (n == 0)
    return format_error (error, fw->id, _("a group of items is empty"));
  items = fw_alloc (fw, sizeof (gpointer) * n);
  for (guint i = 0; i < n; i++)
    {
      PrsItaItemInfo *item;

      if (!read_item (fw, element_object (array, i), inst, ind, group, &item, error))
        return FALSE;
      items[i] = item;
    }
  *n_out = n;
  *out = items;
  return TRUE;
}

static gboolean
read_indicator (PrsItaFramework *fw, JsonObject *obj, PrsItaInstrumentInfo *inst,
                PrsItaIndicatorInfo **out, GError **error)
{
  PrsItaIndicatorInfo *ind;
  const char *id = member_string (obj, "id");
  JsonArray *groups = member_array (obj, "groups");
  g_autofree char *code = NULL;

  if (id == NULL || *id == '\0')
    return format_error (error, fw->id, _("an indicator has no id"));
  code = g_strconcat ("ind", id, NULL);
  ind = fw_alloc (fw, sizeof *ind);
  ind->id = fw_str (fw, id);
  ind->code = fw_str (fw, code);
  ind->name = fw_str (fw, member_string (obj, "name") ? member_string (obj, "name") : "");
  ind->index = fw->indicators->len;
  ind->instrument = inst;
  g_ptr_array_add (fw->indicators, ind);
  if (!add_alias (fw, code, code, error) || !add_alias (fw, id, code, error))
    return FALSE;

  if (!fw->items_modelled)
    {
      if (groups != NULL || member_array (obj, "items") != NULL)
        return format_error (error, fw->id,
                             _("a framework without items has an indicator with items"));
    }
  else if (groups != NULL)
    {
      guint first_item = fw->items->len;

      if (inst->n_parts > 0)
        return format_error (error, fw->id, _("an instrument with parts cannot have sub-groups"));
      ind->n_groups = json_array_get_length (groups);
      if (ind->n_groups == 0)
        return format_error (error, fw->id, _("an indicator has no sub-groups"));
      ind->groups = fw_alloc (fw, sizeof (gpointer) * ind->n_groups);
      for (guint g = 0; g < ind->n_groups; g++)
        {
          JsonObject *gobj = element_object (groups, g);
          PrsItaGroupInfo *group = fw_alloc (fw, sizeof *group);
          const char *gid = member_string (gobj, "id");
          g_autofree char *gcode = NULL;

          if (gid == NULL || *gid == '\0')
            return format_error (error, fw->id, _("a sub-group has no id"));
          gcode = g_strconcat ("ind", gid, NULL);
          group->id = fw_str (fw, gid);
          group->code = fw_str (fw, gcode);
          group->name = fw_str (fw, member_string (gobj, "name") ? member_string (gobj, "name") : "");
          group->indicator = ind;
          ind->groups[g] = group;
          g_ptr_array_add (fw->groups, group);
          if (!add_alias (fw, gcode, gcode, error) || !add_alias (fw, gid, gcode, error))
            return FALSE;
          if (!read_items (fw, member_array (gobj, "items"), inst, ind, group, &group->n_items,
                           &group->items, error))
            return FALSE;
        }
      ind->n_items = fw->items->len - first_item;
      ind->items = fw_alloc (fw, sizeof (gpointer) * ind->n_items);
      for (guint i = 0; i < ind->n_items; i++)
        ind->items[i] = g_ptr_array_index (fw->items, first_item + i);
    }
  else if (!read_items (fw, member_array (obj, "items"), inst, ind, NULL, &ind->n_items, &ind->items,
                        error))
    return FALSE;

  *out = ind;
  return TRUE;
}

static gboolean
read_instrument (PrsItaFramework *fw, JsonObject *obj, GError **error)
{
  PrsItaInstrumentInfo *inst;
  const char *code = member_string (obj, "code");
  const char *weight = member_string (obj, "weight");
  JsonArray *parts = member_array (obj, "parts");
  JsonArray *indicators = member_array (obj, "indicators");

  if (code == NULL || *code == '\0')
    return format_error (error, fw->id, _("an instrument has no code"));
  inst = fw_alloc (fw, sizeof *inst);
  inst->code = fw_str (fw, code);
  inst->name = fw_str (fw, member_string (obj, "name") ? member_string (obj, "name") : code);
  if (weight == NULL || !prs_rational_parse_decimal (weight, &inst->weight, NULL))
    return format_error (error, fw->id, _("an instrument has no valid weight"));
  inst->binary_items = member_bool (obj, "binary_items");
  g_ptr_array_add (fw->instruments, inst);
  if (!add_alias (fw, code, code, error))
    return FALSE;

  inst->n_parts = parts ? json_array_get_length (parts) : 0;
  inst->parts = fw_alloc (fw, sizeof (gpointer) * (inst->n_parts + 1));
  inst->part_names = fw_alloc (fw, sizeof (gpointer) * (inst->n_parts + 1));
  for (guint p = 0; p < inst->n_parts; p++)
    {
      JsonObject *pobj = element_object (parts, p);
      const char *id = member_string (pobj, "id");

      if (id == NULL || *id == '\0')
        return format_error (error, fw->id, _("a part has no id"));
      inst->parts[p] = fw_str (fw, id);
      inst->part_names[p] = fw_str (fw, member_string (pobj, "name") ? member_string (pobj, "name") : id);
    }

  inst->n_indicators = indicators ? json_array_get_length (indicators) : 0;
  if (inst->n_indicators == 0)
    return format_error (error, fw->id, _("an instrument has no indicators"));
  inst->indicators = fw_alloc (fw, sizeof (gpointer) * inst->n_indicators);
  for (guint i = 0; i < inst->n_indicators; i++)
    {
      PrsItaIndicatorInfo *ind;

      if (!read_indicator (fw, element_object (indicators, i), inst, &ind, error))
        return FALSE;
      inst->indicators[i] = ind;
    }
  return TRUE;
}

/* The figure graph, children before parents. */
static void
build_nodes (PrsItaFramework *fw)
{
  g_autoptr (GArray) kids = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autofree guint *inst_nodes = g_new0 (guint, fw->instruments->len);

  for (guint i = 0; i < fw->items->len; i++)
    {
      const PrsItaItemInfo *item = g_ptr_array_index (fw->items, i);

      if (item->instrument->n_parts == 0)
        node_at (fw, add_node (fw, item->code, NULL))->item = item;
      else
        for (guint p = 0; p < item->instrument->n_parts; p++)
          node_at (fw, add_node (fw, item->code, item->instrument->parts[p]))->item = item;
    }

  for (guint g = 0; g < fw->groups->len; g++)
    {
      const PrsItaGroupInfo *group = g_ptr_array_index (fw->groups, g);
      guint node = add_node (fw, group->code, NULL), child;

      g_array_set_size (kids, 0);
      for (guint i = 0; i < group->n_items; i++)
        if (find_node (fw, group->items[i]->code, NULL, &child))
          g_array_append_val (kids, child);
      add_rule (fw, node, (guint *) kids->data, kids->len);
    }

  for (guint d = 0; d < fw->indicators->len; d++)
    {
      const PrsItaIndicatorInfo *ind = g_ptr_array_index (fw->indicators, d);
      const PrsItaInstrumentInfo *inst = ind->instrument;
      guint node, child;

      for (guint p = 0; p < inst->n_parts; p++)
        {
          guint pnode = add_node (fw, ind->code, inst->parts[p]);

          g_array_set_size (kids, 0);
          for (guint i = 0; i < ind->n_items; i++)
            if (find_node (fw, ind->items[i]->code, inst->parts[p], &child))
              g_array_append_val (kids, child);
          add_rule (fw, pnode, (guint *) kids->data, kids->len);
        }

      node = add_node (fw, ind->code, NULL);
      g_array_set_size (kids, 0);
      if (ind->n_groups > 0)
        for (guint g = 0; g < ind->n_groups; g++)
          {
            if (find_node (fw, ind->groups[g]->code, NULL, &child))
              g_array_append_val (kids, child);
          }
      else if (inst->n_parts > 0)
        for (guint p = 0; p < inst->n_parts; p++)
          {
            if (find_node (fw, ind->code, inst->parts[p], &child))
              g_array_append_val (kids, child);
          }
      else
        for (guint i = 0; i < ind->n_items; i++)
          if (find_node (fw, ind->items[i]->code, NULL, &child))
            g_array_append_val (kids, child);
      add_rule (fw, node, (guint *) kids->data, kids->len);
    }

  for (guint s = 0; s < fw->instruments->len; s++)
    {
      const PrsItaInstrumentInfo *inst = g_ptr_array_index (fw->instruments, s);
      guint node, child;

      for (guint p = 0; p < inst->n_parts; p++)
        {
          guint pnode = add_node (fw, inst->code, inst->parts[p]);

          g_array_set_size (kids, 0);
          for (guint d = 0; d < inst->n_indicators; d++)
            if (find_node (fw, inst->indicators[d]->code, inst->parts[p], &child))
              g_array_append_val (kids, child);
          add_rule (fw, pnode, (guint *) kids->data, kids->len);
        }

      node = add_node (fw, inst->code, NULL);
      node_at (fw, node)->instrument = inst;
      inst_nodes[s] = node;
      g_array_set_size (kids, 0);
      for (guint d = 0; d < inst->n_indicators; d++)
        if (find_node (fw, inst->indicators[d]->code, NULL, &child))
          g_array_append_val (kids, child);
      add_rule (fw, node, (guint *) kids->data, kids->len);
      /* mean of indicators = mean of the two part means, as both parts cover all items */
      if (inst->n_parts > 0)
        {
          g_array_set_size (kids, 0);
          for (guint p = 0; p < inst->n_parts; p++)
            if (find_node (fw, inst->code, inst->parts[p], &child))
              g_array_append_val (kids, child);
          add_rule (fw, node, (guint *) kids->data, kids->len);
        }
    }

  fw->total_node = add_node (fw, PRS_ITA_TOTAL, NULL);
  node_at (fw, fw->total_node)->weighted = TRUE;
  add_rule (fw, fw->total_node, inst_nodes, fw->instruments->len);
}

static gboolean
read_framework (JsonArray *frameworks, JsonObject *obj, PrsItaFramework **out, GError **error)
{
  g_autoptr (PrsItaFramework) fw = g_new0 (PrsItaFramework, 1);
  const char *id = member_string (obj, "id");
  const char *from = member_string (obj, "instruments_from");
  JsonArray *instruments = member_array (obj, "instruments");
  JsonArray *levels = member_array (obj, "levels");
  JsonArray *integrity = member_array (obj, "integrity_index");
  gboolean has_pass;

  g_atomic_ref_count_init (&fw->ref_count);
  fw->strings = g_string_chunk_new (4096);
  fw->allocs = g_ptr_array_new_with_free_func (g_free);
  fw->instruments = g_ptr_array_new ();
  fw->indicators = g_ptr_array_new ();
  fw->groups = g_ptr_array_new ();
  fw->items = g_ptr_array_new ();
  fw->levels = g_ptr_array_new ();
  fw->integrity = g_ptr_array_new ();
  fw->nodes = g_array_new (FALSE, TRUE, sizeof (Node));
  fw->node_index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  fw->aliases = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  if (id == NULL || *id == '\0')
    return format_error (error, NULL, _("a framework has no id"));
  fw->id = fw_str (fw, id);
  fw->name = fw_str (fw, member_string (obj, "name") ? member_string (obj, "name") : id);
  if (!member_score (fw, obj, "pass_mark", &has_pass, &fw->pass_mark, error))
    return FALSE;
  if (!has_pass)
    return format_error (error, id, _("no pass mark"));
  fw->items_modelled = !json_object_has_member (obj, "items_modelled")
                       || member_bool (obj, "items_modelled");

  if (from != NULL)
    {
      instruments = NULL;
      for (guint f = 0; frameworks && f < json_array_get_length (frameworks); f++)
        {
          JsonObject *other = element_object (frameworks, f);

          if (g_strcmp0 (member_string (other, "id"), from) == 0)
            instruments = member_array (other, "instruments");
        }
    }
  if (instruments == NULL || json_array_get_length (instruments) == 0)
    return format_error (error, id, _("no instruments"));
  for (guint i = 0; i < json_array_get_length (instruments); i++)
    if (!read_instrument (fw, element_object (instruments, i), error))
      return FALSE;
  if (!add_alias (fw, PRS_ITA_TOTAL, PRS_ITA_TOTAL, error))
    return FALSE;

  if (levels == NULL || json_array_get_length (levels) == 0)
    return format_error (error, id, _("no levels"));
  for (guint l = 0; l < json_array_get_length (levels); l++)
    {
      JsonObject *lobj = element_object (levels, l);
      PrsItaLevelInfo *level = fw_alloc (fw, sizeof *level);
      const char *name = member_string (lobj, "name");

      if (name == NULL)
        return format_error (error, id, _("a level has no name"));
      level->name = fw_str (fw, name);
      level->id = fw_str (fw, member_string (lobj, "id") ? member_string (lobj, "id") : name);
      level->pass = member_bool (lobj, "pass");
      if (!member_score (fw, lobj, "min_total", &level->has_min_total, &level->min_total, error)
          || !member_score (fw, lobj, "min_each_instrument", &level->has_min_each_instrument,
                            &level->min_each_instrument, error))
        return FALSE;
      g_ptr_array_add (fw->levels, level);
    }

  for (guint i = 0; integrity && i < json_array_get_length (integrity); i++)
    {
      JsonNode *n = json_array_get_element (integrity, i);
      const PrsItaIndicatorInfo *ind = NULL;

      if (JSON_NODE_HOLDS_VALUE (n) && json_node_get_value_type (n) == G_TYPE_STRING)
        ind = prs_ita_framework_lookup_indicator (fw, json_node_get_string (n));
      if (ind == NULL)
        return format_error (error, id, _("the integrity index names an unknown indicator"));
      g_ptr_array_add (fw->integrity, (gpointer) ind);
    }

  build_nodes (fw);
  *out = g_steal_pointer (&fw);
  return TRUE;
}

static JsonParser *
parse_document (const char *json, gssize len, JsonObject **root, GError **error)
{
  g_autoptr (JsonParser) parser = json_parser_new ();
  g_autoptr (GError) local = NULL;
  JsonNode *node;

  if (!json_parser_load_from_data (parser, json, len, &local))
    {
      g_set_error (error, PRS_CORE_ERROR, PRS_CORE_ERROR_FORMAT,
                   _("The ITA frameworks file is not valid JSON: %s"), local->message);
      return NULL;
    }
  node = json_parser_get_root (parser);
  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node)
      || member_array (json_node_get_object (node), "frameworks") == NULL)
    {
      g_set_error (error, PRS_CORE_ERROR, PRS_CORE_ERROR_FORMAT,
                   _("The ITA frameworks file has no list of frameworks."));
      return NULL;
    }
  *root = json_node_get_object (node);
  return g_steal_pointer (&parser);
}

PrsItaFramework *
prs_ita_framework_new_from_json (const char *json, gssize len, const char *id, GError **error)
{
  g_autoptr (JsonParser) parser = NULL;
  JsonObject *root;
  JsonArray *frameworks;

  parser = parse_document (json, len, &root, error);
  if (parser == NULL)
    return NULL;
  frameworks = member_array (root, "frameworks");
  for (guint f = 0; f < json_array_get_length (frameworks); f++)
    {
      JsonObject *obj = element_object (frameworks, f);
      PrsItaFramework *fw = NULL;

      if (obj == NULL)
        continue;
      if (id != NULL && g_strcmp0 (member_string (obj, "id"), id) != 0)
        continue;
      if (!read_framework (frameworks, obj, &fw, error))
        return NULL;
      return fw;
    }
  g_set_error (error, PRS_CORE_ERROR, PRS_CORE_ERROR_NOT_FOUND,
               _("There is no ITA framework “%s”."), id ? id : "");
  return NULL;
}

/* --- the built-in frameworks --- */

typedef struct
{
  int   first, last; /* last = G_MAXINT when open */
  int   item_texts_year;
  char *id;
} YearRange;

G_LOCK_DEFINE_STATIC (registry);
static GHashTable *registry_frameworks; /* id -> PrsItaFramework */
static GPtrArray  *registry_ids;
static GArray     *registry_years;      /* YearRange */
static char       *registry_error;

static void
registry_load_locked (void)
{
  g_autoptr (GBytes) bytes = NULL;
  g_autoptr (JsonParser) parser = NULL;
  g_autoptr (GError) error = NULL;
  JsonObject *root;
  JsonArray *frameworks, *years;

  if (registry_frameworks != NULL || registry_error != NULL)
    return;

  bytes = g_resource_lookup_data (prs_core_res_get_resource (), FRAMEWORKS_RESOURCE,
                                  G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  if (bytes != NULL)
    parser = parse_document (g_bytes_get_data (bytes, NULL), (gssize) g_bytes_get_size (bytes),
                             &root, &error);
  if (parser == NULL)
    {
      registry_error = g_strdup (error->message);
      return;
    }

  registry_frameworks = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                               (GDestroyNotify) prs_ita_framework_unref);
  registry_ids = g_ptr_array_new ();
  registry_years = g_array_new (FALSE, TRUE, sizeof (YearRange));
  frameworks = member_array (root, "frameworks");
  for (guint f = 0; f < json_array_get_length (frameworks); f++)
    {
      PrsItaFramework *fw = NULL;

      if (!read_framework (frameworks, element_object (frameworks, f), &fw, &error))
        {
          g_warning ("%s", error->message); /* a broken built-in framework is a bug */
          g_clear_error (&error);
          continue;
        }
      g_hash_table_insert (registry_frameworks, (gpointer) fw->id, fw);
      g_ptr_array_add (registry_ids, (gpointer) fw->id);
    }
  years = member_array (root, "years");
  for (guint y = 0; years && y < json_array_get_length (years); y++)
    {
      JsonObject *obj = element_object (years, y);
      YearRange range = { 0 };

      if (obj == NULL || member_string (obj, "framework") == NULL)
        continue;
      range.first = (int) json_object_get_int_member_with_default (obj, "first", 0);
      range.last = (int) json_object_get_int_member_with_default (obj, "last", G_MAXINT);
      range.item_texts_year = (int) json_object_get_int_member_with_default (obj, "item_texts_year", 0);
      range.id = g_strdup (member_string (obj, "framework"));
      g_array_append_val (registry_years, range);
    }
}

PrsItaFramework *
prs_ita_framework_lookup (const char *id, GError **error)
{
  PrsItaFramework *fw = NULL;

  G_LOCK (registry);
  registry_load_locked ();
  if (registry_error != NULL)
    g_set_error_literal (error, PRS_CORE_ERROR, PRS_CORE_ERROR_FORMAT, registry_error);
  else if ((fw = g_hash_table_lookup (registry_frameworks, id ? id : "")) != NULL)
    prs_ita_framework_ref (fw);
  else
    g_set_error (error, PRS_CORE_ERROR, PRS_CORE_ERROR_NOT_FOUND,
                 _("There is no ITA framework “%s”."), id ? id : "");
  G_UNLOCK (registry);
  return fw;
}

PrsItaFramework *
prs_ita_framework_for_year (int be_year, GError **error)
{
  const char *id = NULL;

  G_LOCK (registry);
  registry_load_locked ();
  if (registry_years != NULL)
    for (guint i = 0; i < registry_years->len; i++)
      {
        YearRange *r = &g_array_index (registry_years, YearRange, i);

        if (be_year >= r->first && be_year <= r->last)
          id = r->id;
      }
  G_UNLOCK (registry);

  if (id == NULL)
    {
      g_set_error (error, PRS_CORE_ERROR, PRS_CORE_ERROR_NOT_FOUND,
                   _("There is no ITA framework for the year %d; the first known is 2562."),
                   be_year);
      return NULL;
    }
  return prs_ita_framework_lookup (id, error);
}

int
prs_ita_framework_item_texts_year (int be_year)
{
  int texts = 0;

  G_LOCK (registry);
  registry_load_locked ();
  if (registry_years != NULL)
    for (guint i = 0; i < registry_years->len; i++)
      {
        YearRange *r = &g_array_index (registry_years, YearRange, i);

        if (be_year >= r->first && be_year <= r->last)
          texts = r->item_texts_year;
      }
  G_UNLOCK (registry);
  return texts;
}

char **
prs_ita_framework_list_ids (void)
{
  GStrvBuilder *builder = g_strv_builder_new ();
  char **ids;

  G_LOCK (registry);
  registry_load_locked ();
  for (guint i = 0; registry_ids && i < registry_ids->len; i++)
    g_strv_builder_add (builder, g_ptr_array_index (registry_ids, i));
  G_UNLOCK (registry);
  ids = g_strv_builder_end (builder);
  g_strv_builder_unref (builder);
  return ids;
}

/* --- framework accessors --- */

const char *
prs_ita_framework_get_id (const PrsItaFramework *fw)
{
  return fw->id;
}

const char *
prs_ita_framework_get_name (const PrsItaFramework *fw)
{
  return fw->name;
}

PrsScore
prs_ita_framework_get_pass_mark (const PrsItaFramework *fw)
{
  return fw->pass_mark;
}

gboolean
prs_ita_framework_has_items (const PrsItaFramework *fw)
{
  return fw->items_modelled;
}

/* Whether @code (as typed) looks like an item ("I4", "o11") or a sub-group ("9.1",
 * "ind10.2") code, for the message of a framework without items. */
static gboolean
looks_item_level (const char *code)
{
  g_autofree char *arabic = prs_digits_to_arabic (code ? code : "");
  g_autofree char *upper = g_ascii_strup (g_strstrip (arabic), -1);
  const char *p = upper;

  if ((p[0] == 'I' || p[0] == 'E' || p[0] == 'O') && g_ascii_isdigit (p[1]))
    {
      for (p++; g_ascii_isdigit (*p); p++)
        ;
      return *p == '\0';
    }
  if (g_str_has_prefix (p, "IND"))
    p += 3;
  if (!g_ascii_isdigit (*p))
    return FALSE;
  while (g_ascii_isdigit (*p))
    p++;
  return *p == '.';
}

#define ACCESSORS(what, Type, array)                                                   \
  guint prs_ita_framework_get_n_##what##s (const PrsItaFramework *fw)                  \
  {                                                                                    \
    return fw->array->len;                                                             \
  }                                                                                    \
  const Type *prs_ita_framework_get_##what (const PrsItaFramework *fw, guint i)        \
  {                                                                                    \
    g_return_val_if_fail (i < fw->array->len, NULL);                                   \
    return g_ptr_array_index (fw->array, i);                                           \
  }

ACCESSORS (instrument, PrsItaInstrumentInfo, instruments)
ACCESSORS (indicator, PrsItaIndicatorInfo, indicators)
ACCESSORS (item, PrsItaItemInfo, items)
ACCESSORS (level, PrsItaLevelInfo, levels)
ACCESSORS (integrity_indicator, PrsItaIndicatorInfo, integrity)

/* Canonical code for what the user typed, or NULL. */
static const char *
resolve_alias (const PrsItaFramework *fw, const char *code)
{
  g_autofree char *arabic = NULL, *upper = NULL;

  if (code == NULL)
    return NULL;
  arabic = prs_digits_to_arabic (code);
  g_strstrip (arabic);
  upper = g_ascii_strup (arabic, -1);
  return g_hash_table_lookup (fw->aliases, upper);
}

const PrsItaInstrumentInfo *
prs_ita_framework_lookup_instrument (const PrsItaFramework *fw, const char *code)
{
  const char *c = resolve_alias (fw, code);

  for (guint i = 0; c && i < fw->instruments->len; i++)
    {
      const PrsItaInstrumentInfo *inst = g_ptr_array_index (fw->instruments, i);

      if (inst->code == c)
        return inst;
    }
  return NULL;
}

const PrsItaIndicatorInfo *
prs_ita_framework_lookup_indicator (const PrsItaFramework *fw, const char *code)
{
  const char *c = resolve_alias (fw, code);

  for (guint i = 0; c && i < fw->indicators->len; i++)
    {
      const PrsItaIndicatorInfo *ind = g_ptr_array_index (fw->indicators, i);

      if (ind->code == c)
        return ind;
    }
  return NULL;
}

const PrsItaGroupInfo *
prs_ita_framework_lookup_group (const PrsItaFramework *fw, const char *code)
{
  const char *c = resolve_alias (fw, code);

  for (guint i = 0; c && i < fw->groups->len; i++)
    {
      const PrsItaGroupInfo *group = g_ptr_array_index (fw->groups, i);

      if (group->code == c)
        return group;
    }
  return NULL;
}

const PrsItaItemInfo *
prs_ita_framework_lookup_item (const PrsItaFramework *fw, const char *code)
{
  const char *c = resolve_alias (fw, code);

  for (guint i = 0; c && i < fw->items->len; i++)
    {
      const PrsItaItemInfo *item = g_ptr_array_index (fw->items, i);

      if (item->code == c)
        return item;
    }
  return NULL;
}

/* The instrument whose parts a code may take, and whether it must take one. */
static const PrsItaInstrumentInfo *
parts_of (const PrsItaFramework *fw, const char *canonical, gboolean *required)
{
  const PrsItaItemInfo *item = prs_ita_framework_lookup_item (fw, canonical);
  const PrsItaIndicatorInfo *ind;
  const PrsItaInstrumentInfo *inst;

  *required = FALSE;
  if (item != NULL)
    {
      *required = item->instrument->n_parts > 0;
      return item->instrument;
    }
  if ((ind = prs_ita_framework_lookup_indicator (fw, canonical)) != NULL)
    return ind->instrument;
  if ((inst = prs_ita_framework_lookup_instrument (fw, canonical)) != NULL)
    return inst;
  return NULL;
}

gboolean
prs_ita_framework_check_code (const PrsItaFramework *fw,
                              const char            *code,
                              const char            *part,
                              const char           **canonical_code,
                              const char           **canonical_part,
                              GError               **error)
{
  const char *c = resolve_alias (fw, code);
  const PrsItaInstrumentInfo *inst;
  g_autofree char *p = NULL;
  const char *cp = NULL;
  gboolean required;

  if (c == NULL && !fw->items_modelled && looks_item_level (code))
    {
      g_set_error (error, PRS_CORE_ERROR, PRS_CORE_ERROR_PARSE,
                   _("“%s” is an item-level figure, and %s does not take those: the items and "
                     "OIT sub-groups of those years differ from the 2566 framework's and are "
                     "not modelled. Enter indicator (ind1 … ind10), instrument (IIT, EIT, OIT) "
                     "or total figures for those years."),
                   code, fw->name);
      return FALSE;
    }
  if (c == NULL)
    {
      g_set_error (error, PRS_CORE_ERROR, PRS_CORE_ERROR_PARSE,
                   _("“%s” is not an ITA code. Use an item (I1, E1, O1 …), an indicator "
                     "(ind1 … ind10), an instrument (IIT, EIT, OIT) or total."),
                   code ? code : "");
      return FALSE;
    }

  if (part != NULL)
    {
      p = g_ascii_strdown (part, -1);
      g_strstrip (p);
    }
  inst = parts_of (fw, c, &required);

  if (p != NULL && *p != '\0')
    {
      for (guint i = 0; inst && i < inst->n_parts; i++)
        if (g_str_equal (p, inst->parts[i]))
          cp = inst->parts[i];
      if (cp == NULL)
        {
          if (inst == NULL || inst->n_parts == 0)
            g_set_error (error, PRS_CORE_ERROR, PRS_CORE_ERROR_PARSE,
                         _("%s has no parts; leave the part empty (it says “%s”)."), c, part);
          else
            g_set_error (error, PRS_CORE_ERROR, PRS_CORE_ERROR_PARSE,
                         _("“%s” is not a part of %s; use public or survey."), part, c);
          return FALSE;
        }
    }
  else if (required)
    {
      g_set_error (error, PRS_CORE_ERROR, PRS_CORE_ERROR_PARSE,
                   _("%s needs its part: public or survey."), c);
      return FALSE;
    }

  if (canonical_code)
    *canonical_code = c;
  if (canonical_part)
    *canonical_part = cp;
  return TRUE;
}

/* --- input --- */

struct _PrsItaInput
{
  PrsItaFramework *fw;
  gboolean        *has;
  PrsScore        *given;
};

PrsItaInput *
prs_ita_input_new (PrsItaFramework *fw)
{
  PrsItaInput *input = g_new0 (PrsItaInput, 1);

  input->fw = prs_ita_framework_ref (fw);
  input->has = g_new0 (gboolean, fw->nodes->len);
  input->given = g_new0 (PrsScore, fw->nodes->len);
  return input;
}

void
prs_ita_input_free (PrsItaInput *input)
{
  if (input == NULL)
    return;
  prs_ita_framework_unref (input->fw);
  g_free (input->has);
  g_free (input->given);
  g_free (input);
}

PrsItaFramework *
prs_ita_input_get_framework (PrsItaInput *input)
{
  return input->fw;
}

static gboolean
input_node (PrsItaInput *input, const char *code, const char *part, guint *node, GError **error)
{
  const char *c, *p;

  if (!prs_ita_framework_check_code (input->fw, code, part, &c, &p, error))
    return FALSE;
  if (!find_node (input->fw, c, p, node))
    {
      g_set_error (error, PRS_CORE_ERROR, PRS_CORE_ERROR_PARSE, _("“%s” is not an ITA code."), code);
      return FALSE;
    }
  return TRUE;
}

gboolean
prs_ita_input_set (PrsItaInput *input, const char *code, const char *part, PrsScore score,
                   GError **error)
{
  guint node;
  const Node *nd;
  char buf[PRS_SCORE_BUF_SIZE];

  if (!input_node (input, code, part, &node, error))
    return FALSE;
  nd = node_at (input->fw, node);
  if (score < 0 || score > 10000)
    {
      g_set_error (error, PRS_CORE_ERROR, PRS_CORE_ERROR_RANGE,
                   _("The score of %s must be from 0 to 100, not %s."), nd->code,
                   prs_score_to_ascii (score, buf));
      return FALSE;
    }
  if (nd->item && nd->item->instrument->binary_items && score != 0 && score != 10000)
    {
      g_set_error (error, PRS_CORE_ERROR, PRS_CORE_ERROR_RANGE,
                   _("%s is passed (100) or not passed (0), not %s."), nd->code,
                   prs_score_to_ascii (score, buf));
      return FALSE;
    }
  input->has[node] = TRUE;
  input->given[node] = score;
  return TRUE;
}

gboolean
prs_ita_input_set_text (PrsItaInput *input, const char *code, const char *part, const char *text,
                        GError **error)
{
  /* check marks as agencies tick OIT items: ✓ ✔ ☑ passed, ✗ ✘ ☒ not passed */
  static const char *const passed[] = { "ผ่าน", "มี", "pass", "passed", "yes", "y", "true",
                                        "\u2713", "\u2714", "\u2611", NULL };
  static const char *const failed[] = { "ไม่ผ่าน", "ไม่มี", "fail", "failed", "not passed", "no",
                                        "n", "false", "\u2717", "\u2718", "\u2612", NULL };
  g_autofree char *t = g_strstrip (g_utf8_strdown (text ? text : "", -1));
  const PrsItaItemInfo *item = prs_ita_framework_lookup_item (input->fw, code);
  PrsScore score;

  if (item && item->instrument->binary_items)
    {
      if (g_strv_contains (passed, t))
        return prs_ita_input_set (input, code, part, 10000, error);
      if (g_strv_contains (failed, t))
        return prs_ita_input_set (input, code, part, 0, error);
    }
  if (!prs_score_parse (t, &score, NULL))
    {
      g_set_error (error, PRS_CORE_ERROR, PRS_CORE_ERROR_PARSE,
                   _("The score of %s, “%s”, is not a number."), code, text ? text : "");
      return FALSE;
    }
  return prs_ita_input_set (input, code, part, score, error);
}

void
prs_ita_input_unset (PrsItaInput *input, const char *code, const char *part)
{
  guint node;

  if (input_node (input, code, part, &node, NULL))
    input->has[node] = FALSE;
}

gboolean
prs_ita_input_get (PrsItaInput *input, const char *code, const char *part, PrsScore *score)
{
  guint node;

  if (!input_node (input, code, part, &node, NULL) || !input->has[node])
    return FALSE;
  if (score)
    *score = input->given[node];
  return TRUE;
}

guint
prs_ita_input_get_n_given (PrsItaInput *input)
{
  guint n = 0;

  for (guint i = 0; i < input->fw->nodes->len; i++)
    n += input->has[i] ? 1 : 0;
  return n;
}

/* --- roll-up --- */

struct _PrsItaRollup
{
  PrsItaFramework       *fw;
  PrsItaFigure          *figs;
  gboolean              *rounded;    /* the value rests on a given aggregate figure */
  GArray                *mismatches; /* PrsItaMismatch */
  GArray                *weak;       /* PrsItaWeakItem */
  const PrsItaLevelInfo *level;
  gboolean               pass_known, pass;
  gboolean               integrity_known;
  PrsScore               integrity;
};

static gboolean
compute_rule (PrsItaRollup *r, const Node *nd, const Rule *rule, PrsRational *out,
              gboolean *rounded)
{
  g_autofree PrsRational *values = NULL;
  g_autofree PrsRational *weights = NULL;

  if (rule->n == 0)
    return FALSE;
  values = g_new (PrsRational, rule->n);
  *rounded = FALSE;
  for (guint i = 0; i < rule->n; i++)
    {
      guint c = rule->children[i];

      if (r->figs[c].source == PRS_ITA_SOURCE_NONE)
        return FALSE;
      values[i] = r->figs[c].exact;
      *rounded = *rounded || r->rounded[c];
    }
  if (!nd->weighted)
    return prs_rational_mean (values, rule->n, out);

  weights = g_new (PrsRational, rule->n);
  for (guint i = 0; i < rule->n; i++)
    weights[i] = node_at (r->fw, rule->children[i])->instrument->weight;
  return prs_rational_weighted_sum (values, weights, rule->n, out);
}

static int
compare_weak (gconstpointer a, gconstpointer b)
{
  const PrsItaWeakItem *x = a, *y = b;

  if (x->score != y->score)
    return x->score < y->score ? -1 : 1;
  if (x->item->index != y->item->index)
    return x->item->index < y->item->index ? -1 : 1;
  return g_strcmp0 (x->part, y->part);
}

static void
find_weak_items (PrsItaRollup *r)
{
  PrsItaFramework *fw = r->fw;

  for (guint i = 0; i < fw->items->len; i++)
    {
      const PrsItaItemInfo *item = g_ptr_array_index (fw->items, i);
      const PrsItaInstrumentInfo *inst = item->instrument;
      guint n_parts = inst->n_parts, known = 0, node;
      PrsRational parts[8];
      PrsItaWeakItem w = { item, NULL, 0 };

      if (n_parts == 0)
        {
          if (find_node (fw, item->code, NULL, &node) && r->figs[node].source != PRS_ITA_SOURCE_NONE)
            {
              w.score = r->figs[node].score;
              if (w.score < fw->pass_mark)
                g_array_append_val (r->weak, w);
            }
          continue;
        }

      for (guint p = 0; p < n_parts && p < G_N_ELEMENTS (parts); p++)
        if (find_node (fw, item->code, inst->parts[p], &node)
            && r->figs[node].source != PRS_ITA_SOURCE_NONE)
          parts[known++] = r->figs[node].exact;

      if (known == n_parts && known <= G_N_ELEMENTS (parts))
        {
          PrsRational mean;

          if (prs_rational_mean (parts, known, &mean))
            {
              w.score = prs_rational_to_score (mean);
              if (w.score < fw->pass_mark)
                g_array_append_val (r->weak, w);
            }
        }
      else
        for (guint p = 0; p < n_parts; p++)
          if (find_node (fw, item->code, inst->parts[p], &node)
              && r->figs[node].source != PRS_ITA_SOURCE_NONE
              && r->figs[node].score < fw->pass_mark)
            {
              w.part = inst->parts[p];
              w.score = r->figs[node].score;
              g_array_append_val (r->weak, w);
            }
    }
  g_array_sort (r->weak, compare_weak);
}

static void
find_level (PrsItaRollup *r)
{
  PrsItaFramework *fw = r->fw;
  PrsScore total;

  if (r->figs[fw->total_node].source == PRS_ITA_SOURCE_NONE)
    return;
  total = r->figs[fw->total_node].score;
  r->pass_known = TRUE;
  r->pass = total >= fw->pass_mark;

  for (guint l = 0; l < fw->levels->len; l++)
    {
      const PrsItaLevelInfo *level = g_ptr_array_index (fw->levels, l);
      gboolean failed = FALSE, undetermined = FALSE;

      if (level->has_min_total && total < level->min_total)
        continue;
      if (level->has_min_each_instrument)
        for (guint s = 0; s < fw->instruments->len; s++)
          {
            const PrsItaInstrumentInfo *inst = g_ptr_array_index (fw->instruments, s);
            guint node;

            if (!find_node (fw, inst->code, NULL, &node)
                || r->figs[node].source == PRS_ITA_SOURCE_NONE)
              undetermined = TRUE;
            else if (r->figs[node].score < level->min_each_instrument)
              failed = TRUE;
          }
      if (failed)
        continue;
      if (!undetermined)
        r->level = level;
      return; /* an undetermined condition leaves the level unknown */
    }
}

static void
find_integrity_index (PrsItaRollup *r)
{
  PrsItaFramework *fw = r->fw;
  g_autofree PrsRational *values = g_new0 (PrsRational, MAX (fw->integrity->len, 1));
  PrsRational mean;

  if (fw->integrity->len == 0)
    return;
  for (guint i = 0; i < fw->integrity->len; i++)
    {
      const PrsItaIndicatorInfo *ind = g_ptr_array_index (fw->integrity, i);
      guint node;

      if (!find_node (fw, ind->code, NULL, &node) || r->figs[node].source == PRS_ITA_SOURCE_NONE)
        return;
      values[i] = r->figs[node].exact;
    }
  if (prs_rational_mean (values, fw->integrity->len, &mean))
    {
      r->integrity_known = TRUE;
      r->integrity = prs_rational_to_score (mean);
    }
}

PrsItaRollup *
prs_ita_rollup_compute (PrsItaInput *input)
{
  PrsItaFramework *fw = input->fw;
  PrsItaRollup *r = g_new0 (PrsItaRollup, 1);
  guint n = fw->nodes->len;

  r->fw = prs_ita_framework_ref (fw);
  r->figs = g_new0 (PrsItaFigure, n);
  r->rounded = g_new0 (gboolean, n);
  r->mismatches = g_array_new (FALSE, FALSE, sizeof (PrsItaMismatch));
  r->weak = g_array_new (FALSE, FALSE, sizeof (PrsItaWeakItem));

  for (guint i = 0; i < n; i++)
    {
      const Node *nd = node_at (fw, i);
      PrsItaFigure *f = &r->figs[i];
      PrsRational computed = { 0, 1 };
      gboolean rounded = FALSE, show_given = FALSE;

      for (guint k = 0; k < nd->n_rules && !f->has_computed; k++)
        if (compute_rule (r, nd, &nd->rules[k], &computed, &rounded))
          {
            f->has_computed = TRUE;
            f->computed = prs_rational_to_score (computed);
          }
      if (input->has[i])
        {
          f->has_given = TRUE;
          f->given = input->given[i];
        }

      if (f->has_computed && f->has_given)
        {
          PrsScore diff = f->computed - f->given;

          if (diff > 1 || diff < -1)
            {
              PrsItaMismatch m = { nd->code, nd->part, f->given, f->computed };

              g_array_append_val (r->mismatches, m);
            }
          else if (rounded)
            {
              f->source = PRS_ITA_SOURCE_GIVEN;
              f->exact = prs_rational_from_score (f->given);
              r->rounded[i] = TRUE;
            }
          else
            {
              /* Within 0.01 of the figure its items give (items are published
               * rounded to two decimals, so the two can differ by that much):
               * the published figure is the one shown, as entered; the exact
               * value from the items still feeds the figures above it. */
              f->source = PRS_ITA_SOURCE_GIVEN;
              f->exact = computed;
              r->rounded[i] = FALSE;
              show_given = TRUE;
            }
        }
      if (f->source == PRS_ITA_SOURCE_NONE && f->has_computed)
        {
          f->source = PRS_ITA_SOURCE_COMPUTED;
          f->exact = computed;
          r->rounded[i] = rounded;
        }
      else if (f->source == PRS_ITA_SOURCE_NONE && f->has_given)
        {
          f->source = PRS_ITA_SOURCE_GIVEN;
          f->exact = prs_rational_from_score (f->given);
          r->rounded[i] = nd->item == NULL; /* items are the source data, not rounded sums */
        }
      if (f->source != PRS_ITA_SOURCE_NONE)
        f->score = show_given ? f->given : prs_rational_to_score (f->exact);
    }

  find_weak_items (r);
  find_level (r);
  find_integrity_index (r);
  return r;
}

void
prs_ita_rollup_free (PrsItaRollup *rollup)
{
  if (rollup == NULL)
    return;
  prs_ita_framework_unref (rollup->fw);
  g_free (rollup->figs);
  g_free (rollup->rounded);
  g_array_unref (rollup->mismatches);
  g_array_unref (rollup->weak);
  g_free (rollup);
}

PrsItaFramework *
prs_ita_rollup_get_framework (PrsItaRollup *rollup)
{
  return rollup->fw;
}

gboolean
prs_ita_rollup_get_figure (PrsItaRollup *rollup, const char *code, const char *part,
                           PrsItaFigure *out)
{
  const char *c, *p;
  guint node;

  if (!prs_ita_framework_check_code (rollup->fw, code, part, &c, &p, NULL)
      || !find_node (rollup->fw, c, p, &node))
    {
      if (out)
        memset (out, 0, sizeof *out);
      return FALSE;
    }
  if (out)
    *out = rollup->figs[node];
  return rollup->figs[node].source != PRS_ITA_SOURCE_NONE;
}

gboolean
prs_ita_rollup_get_score (PrsItaRollup *rollup, const char *code, const char *part,
                          PrsScore *score)
{
  PrsItaFigure f;

  if (!prs_ita_rollup_get_figure (rollup, code, part, &f))
    return FALSE;
  if (score)
    *score = f.score;
  return TRUE;
}

gboolean
prs_ita_rollup_get_total (PrsItaRollup *rollup, PrsScore *score)
{
  return prs_ita_rollup_get_score (rollup, PRS_ITA_TOTAL, NULL, score);
}

gboolean
prs_ita_rollup_get_instrument (PrsItaRollup *rollup, const char *code, PrsScore *score)
{
  if (prs_ita_framework_lookup_instrument (rollup->fw, code) == NULL)
    return FALSE;
  return prs_ita_rollup_get_score (rollup, code, NULL, score);
}

gboolean
prs_ita_rollup_get_eit_part (PrsItaRollup *rollup, const char *part, PrsScore *score)
{
  return prs_ita_rollup_get_score (rollup, "EIT", part, score);
}

gboolean
prs_ita_rollup_get_indicator (PrsItaRollup *rollup, const char *id, PrsScore *score)
{
  const PrsItaIndicatorInfo *ind = prs_ita_framework_lookup_indicator (rollup->fw, id);

  return ind && prs_ita_rollup_get_score (rollup, ind->code, NULL, score);
}

gboolean
prs_ita_rollup_get_integrity_index (PrsItaRollup *rollup, PrsScore *score)
{
  if (rollup->integrity_known && score)
    *score = rollup->integrity;
  return rollup->integrity_known;
}

const PrsItaLevelInfo *
prs_ita_rollup_get_level (PrsItaRollup *rollup)
{
  return rollup->level;
}

gboolean
prs_ita_rollup_get_pass (PrsItaRollup *rollup, gboolean *pass)
{
  if (rollup->pass_known && pass)
    *pass = rollup->pass;
  return rollup->pass_known;
}

guint
prs_ita_rollup_get_n_mismatches (PrsItaRollup *rollup)
{
  return rollup->mismatches->len;
}

const PrsItaMismatch *
prs_ita_rollup_get_mismatch (PrsItaRollup *rollup, guint i)
{
  g_return_val_if_fail (i < rollup->mismatches->len, NULL);
  return &g_array_index (rollup->mismatches, PrsItaMismatch, i);
}

guint
prs_ita_rollup_get_n_weak_items (PrsItaRollup *rollup)
{
  return rollup->weak->len;
}

const PrsItaWeakItem *
prs_ita_rollup_get_weak_item (PrsItaRollup *rollup, guint i)
{
  g_return_val_if_fail (i < rollup->weak->len, NULL);
  return &g_array_index (rollup->weak, PrsItaWeakItem, i);
}

guint
prs_ita_rollup_get_n_figures (PrsItaRollup *rollup)
{
  return rollup->fw->nodes->len;
}

gboolean
prs_ita_rollup_get_nth_figure (PrsItaRollup *rollup, guint i, const char **code,
                               const char **part, PrsItaFigure *out)
{
  const Node *nd;

  g_return_val_if_fail (i < rollup->fw->nodes->len, FALSE);
  nd = node_at (rollup->fw, i);
  if (code)
    *code = nd->code;
  if (part)
    *part = nd->part;
  if (out)
    *out = rollup->figs[i];
  return rollup->figs[i].source != PRS_ITA_SOURCE_NONE;
}

/* --- group figures --- */

void
prs_ita_group_summarize (const PrsItaFramework *fw,
                         const PrsScore        *totals,
                         gsize                  n,
                         guint                 *ranks_out,
                         PrsItaGroupSummary    *summary)
{
  PrsItaGroupSummary s = { 0 };

  if (ranks_out)
    prs_score_rank (totals, n, ranks_out);
  s.count = (guint) n;
  for (gsize i = 0; i < n; i++)
    if (totals[i] >= fw->pass_mark)
      s.passed++;
  s.pass_share = prs_score_share (s.passed, s.count);
  if (summary)
    *summary = s;
}
