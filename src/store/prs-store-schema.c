/* prs-store-schema.c: the workspace schema, as forward migrations
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Conventions: every table has `id INTEGER PRIMARY KEY` (stable ids, and the undo
 * log addresses rows by it); money is integer satang (*_satang), scores and
 * targets integer hundredths (*_hundredths, ita_figures.score), dates ISO text
 * (YYYY-MM-DD), times HH:MM, years Buddhist Era (year_be, fiscal_year).
 * Enumerations are lower-case text checked by CHECK constraints.
 */
#include "config.h"

#include "prs-store-private.h"

const char * const prs_store_tables[] = {
  "meta",
  "units", "people",
  "committees", "committee_members", "allowance_rates",
  "meetings", "agenda_items", "attendance", "guests", "meeting_attachments",
  "plans", "plan_levels", "plan_nodes", "activities", "activity_deadlines",
  "node_units", "indicators", "indicator_results", "progress", "round_statuses", "activity_events",
  "plan_rounds",
  "participation", "headcounts", "participation_unknowns", "kpis", "kpi_staff_types", "kpi_activities",
  "ita_results", "ita_figures", "ita_issues", "ita_issue_items", "ita_measures",
  "ita_measure_units", "ita_contexts",
  NULL
};

/* Version 1: organisation, people, committees and meetings. */
static const char migration_1[] =
  "CREATE TABLE meta ("
  "  id INTEGER PRIMARY KEY,"
  "  key TEXT NOT NULL UNIQUE,"
  "  value TEXT);"

  "CREATE TABLE units ("
  "  id INTEGER PRIMARY KEY,"
  "  parent_id INTEGER REFERENCES units (id) ON DELETE CASCADE,"
  "  name TEXT NOT NULL CHECK (name <> ''),"
  "  abbreviation TEXT NOT NULL DEFAULT '',"
  "  sort_order INTEGER NOT NULL DEFAULT 0);"
  "CREATE INDEX units_parent ON units (parent_id, sort_order);"

  "CREATE TABLE people ("
  "  id INTEGER PRIMARY KEY,"
  "  prefix TEXT NOT NULL DEFAULT '',"
  "  first_name TEXT NOT NULL CHECK (first_name <> ''),"
  "  last_name TEXT NOT NULL DEFAULT '',"
  "  position TEXT NOT NULL DEFAULT '',"
  "  unit_id INTEGER REFERENCES units (id),"
  "  staff_type TEXT NOT NULL DEFAULT 'civil_servant' CHECK (staff_type IN"
  "    ('civil_servant', 'government_employee', 'fund_employee',"
  "     'permanent_employee', 'temporary_employee', 'external')),"
  "  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)));"
  "CREATE INDEX people_unit ON people (unit_id, staff_type);"
  "CREATE INDEX people_name ON people (first_name, last_name);"

  "CREATE TABLE committees ("
  "  id INTEGER PRIMARY KEY,"
  "  kind TEXT NOT NULL DEFAULT 'ethics' CHECK (kind IN"
  "    ('ethics', 'morality_working_group', 'anti_corruption_centre', 'other')),"
  "  name TEXT NOT NULL CHECK (name <> ''),"
  "  order_number TEXT NOT NULL DEFAULT '',"
  "  order_date TEXT,"
  "  term_start TEXT,"
  "  term_end TEXT);"

  "CREATE TABLE committee_members ("
  "  id INTEGER PRIMARY KEY,"
  "  committee_id INTEGER NOT NULL REFERENCES committees (id) ON DELETE CASCADE,"
  "  person_id INTEGER REFERENCES people (id),"
  "  outside_name TEXT NOT NULL DEFAULT '',"
  "  outside_position TEXT NOT NULL DEFAULT '',"
  "  role TEXT NOT NULL DEFAULT 'member' CHECK (role IN"
  "    ('chair', 'vice_chair', 'member', 'member_secretary',"
  "     'assistant_secretary', 'working_group')),"
  "  sort_order INTEGER NOT NULL DEFAULT 0,"
  "  term_start TEXT,"
  "  term_end TEXT,"
  "  CHECK (person_id IS NOT NULL OR outside_name <> ''));"
  "CREATE INDEX committee_members_committee ON committee_members (committee_id, sort_order);"
  "CREATE INDEX committee_members_person ON committee_members (person_id);"

  "CREATE TABLE allowance_rates ("
  "  id INTEGER PRIMARY KEY,"
  "  committee_id INTEGER NOT NULL REFERENCES committees (id) ON DELETE CASCADE,"
  "  role TEXT NOT NULL CHECK (role IN"
  "    ('chair', 'vice_chair', 'member', 'member_secretary',"
  "     'assistant_secretary', 'working_group')),"
  "  effective_date TEXT NOT NULL,"
  "  amount_satang INTEGER NOT NULL CHECK (amount_satang >= 0),"
  "  UNIQUE (committee_id, role, effective_date));"

  "CREATE TABLE meetings ("
  "  id INTEGER PRIMARY KEY,"
  "  committee_id INTEGER NOT NULL REFERENCES committees (id) ON DELETE CASCADE,"
  "  number INTEGER NOT NULL CHECK (number > 0),"
  "  year_be INTEGER NOT NULL,"
  "  date TEXT,"
  "  start_time TEXT,"
  "  end_time TEXT,"
  "  venue TEXT NOT NULL DEFAULT '',"
  "  mode TEXT NOT NULL DEFAULT 'onsite' CHECK (mode IN ('onsite', 'online', 'hybrid')),"
  "  status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN"
  "    ('planned', 'held', 'minutes_approved', 'cancelled')),"
  "  minute_takers TEXT NOT NULL DEFAULT '',"
  "  reviewer TEXT NOT NULL DEFAULT '',"
  "  UNIQUE (committee_id, year_be, number));"

  "CREATE TABLE agenda_items ("
  "  id INTEGER PRIMARY KEY,"
  "  meeting_id INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,"
  "  parent_id INTEGER REFERENCES agenda_items (id) ON DELETE CASCADE,"
  "  sort_order INTEGER NOT NULL DEFAULT 0,"
  "  number TEXT NOT NULL DEFAULT '',"
  "  kind INTEGER NOT NULL DEFAULT 6 CHECK (kind BETWEEN 1 AND 6),"
  "  title TEXT NOT NULL DEFAULT '',"
  "  body TEXT NOT NULL DEFAULT '',"
  "  resolution TEXT NOT NULL DEFAULT '');"
  "CREATE INDEX agenda_items_meeting ON agenda_items (meeting_id, parent_id, sort_order);"

  "CREATE TABLE attendance ("
  "  id INTEGER PRIMARY KEY,"
  "  meeting_id INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,"
  "  member_id INTEGER REFERENCES committee_members (id) ON DELETE CASCADE,"
  "  person_id INTEGER REFERENCES people (id),"
  "  status TEXT NOT NULL DEFAULT 'present' CHECK (status IN"
  "    ('present', 'absent', 'delegate', 'leave')),"
  "  delegate_name TEXT NOT NULL DEFAULT '',"
  "  acting_chair INTEGER NOT NULL DEFAULT 0 CHECK (acting_chair IN (0, 1)),"
  "  note TEXT NOT NULL DEFAULT '',"
  "  CHECK (member_id IS NOT NULL OR person_id IS NOT NULL),"
  "  UNIQUE (meeting_id, member_id));"

  "CREATE TABLE guests ("
  "  id INTEGER PRIMARY KEY,"
  "  meeting_id INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,"
  "  person_id INTEGER REFERENCES people (id),"
  "  name TEXT NOT NULL DEFAULT '',"
  "  position TEXT NOT NULL DEFAULT '',"
  "  unit_name TEXT NOT NULL DEFAULT '',"
  "  sort_order INTEGER NOT NULL DEFAULT 0);";

/* Version 2: plans, activities, progress, participation and the Common KPI. */
static const char migration_2[] =
  "CREATE TABLE plans ("
  "  id INTEGER PRIMARY KEY,"
  "  kind TEXT NOT NULL DEFAULT 'morality' CHECK (kind IN"
  "    ('morality', 'anti_corruption', 'internal_measures')),"
  "  fiscal_year INTEGER NOT NULL,"
  "  unit_id INTEGER REFERENCES units (id),"
  "  title TEXT NOT NULL DEFAULT '',"
  "  status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'approved', 'revised')),"
  "  approved_meeting_id INTEGER REFERENCES meetings (id) ON DELETE SET NULL,"
  "  parent_plan_id INTEGER REFERENCES plans (id) ON DELETE SET NULL);"

  "CREATE TABLE plan_levels ("
  "  id INTEGER PRIMARY KEY,"
  "  plan_id INTEGER NOT NULL REFERENCES plans (id) ON DELETE CASCADE,"
  "  depth INTEGER NOT NULL CHECK (depth >= 0),"
  "  name TEXT NOT NULL,"
  "  UNIQUE (plan_id, depth));"

  /* numbering: how this node's children are numbered: per_parent (2.1, 2.2),
   * across_plan (activities 1..11 through the whole plan) or none. */
  "CREATE TABLE plan_nodes ("
  "  id INTEGER PRIMARY KEY,"
  "  plan_id INTEGER NOT NULL REFERENCES plans (id) ON DELETE CASCADE,"
  "  parent_id INTEGER REFERENCES plan_nodes (id) ON DELETE CASCADE,"
  "  depth INTEGER NOT NULL DEFAULT 0,"
  "  sort_order INTEGER NOT NULL DEFAULT 0,"
  "  number TEXT NOT NULL DEFAULT '',"
  "  title TEXT NOT NULL DEFAULT '',"
  "  numbering TEXT NOT NULL DEFAULT 'per_parent' CHECK (numbering IN"
  "    ('per_parent', 'across_plan', 'none')));"
  "CREATE INDEX plan_nodes_plan ON plan_nodes (plan_id, parent_id, sort_order);"

  /* An activity's details; its id is the leaf plan node's id. months is a bitmask
   * of fiscal months (bit 0 = October … bit 11 = September). */
  "CREATE TABLE activities ("
  "  id INTEGER PRIMARY KEY REFERENCES plan_nodes (id) ON DELETE CASCADE,"
  "  objective TEXT NOT NULL DEFAULT '',"
  "  budget_kind TEXT NOT NULL DEFAULT 'none' CHECK (budget_kind IN ('none', 'amount', 'shared')),"
  "  budget_satang INTEGER NOT NULL DEFAULT 0 CHECK (budget_satang >= 0),"
  "  shared_with_id INTEGER REFERENCES plan_nodes (id) ON DELETE SET NULL,"
  "  months INTEGER NOT NULL DEFAULT 0 CHECK (months BETWEEN 0 AND 4095),"
  "  status TEXT NOT NULL DEFAULT 'not_started' CHECK (status IN"
  "    ('not_started', 'in_progress', 'done', 'cancelled')),"
  "  common_kpi INTEGER NOT NULL DEFAULT 0 CHECK (common_kpi IN (0, 1)),"
  "  all_units INTEGER NOT NULL DEFAULT 0 CHECK (all_units IN (0, 1)),"
  "  headcount_only INTEGER NOT NULL DEFAULT 0 CHECK (headcount_only IN (0, 1)));"

  "CREATE TABLE activity_deadlines ("
  "  id INTEGER PRIMARY KEY,"
  "  activity_id INTEGER NOT NULL REFERENCES activities (id) ON DELETE CASCADE,"
  "  date TEXT NOT NULL,"
  "  note TEXT NOT NULL DEFAULT '');"

  "CREATE TABLE node_units ("
  "  id INTEGER PRIMARY KEY,"
  "  node_id INTEGER NOT NULL REFERENCES plan_nodes (id) ON DELETE CASCADE,"
  "  unit_id INTEGER NOT NULL REFERENCES units (id) ON DELETE CASCADE,"
  "  sort_order INTEGER NOT NULL DEFAULT 0,"
  "  UNIQUE (node_id, unit_id));"

  "CREATE TABLE indicators ("
  "  id INTEGER PRIMARY KEY,"
  "  node_id INTEGER NOT NULL REFERENCES plan_nodes (id) ON DELETE CASCADE,"
  "  sort_order INTEGER NOT NULL DEFAULT 0,"
  "  name TEXT NOT NULL DEFAULT '',"
  "  target_hundredths INTEGER,"
  "  unit_text TEXT NOT NULL DEFAULT '',"
  "  direction TEXT NOT NULL DEFAULT 'at_least' CHECK (direction IN"
  "    ('at_least', 'at_most', 'equal')));"
  "CREATE INDEX indicators_node ON indicators (node_id, sort_order);"

  "CREATE TABLE indicator_results ("
  "  id INTEGER PRIMARY KEY,"
  "  indicator_id INTEGER NOT NULL REFERENCES indicators (id) ON DELETE CASCADE,"
  "  round INTEGER NOT NULL CHECK (round IN (6, 9, 12)),"
  "  value_hundredths INTEGER,"
  "  note TEXT NOT NULL DEFAULT '',"
  "  UNIQUE (indicator_id, round));"

  "CREATE TABLE progress ("
  "  id INTEGER PRIMARY KEY,"
  "  node_id INTEGER NOT NULL REFERENCES plan_nodes (id) ON DELETE CASCADE,"
  "  round INTEGER NOT NULL CHECK (round IN (6, 9, 12)),"
  "  status TEXT NOT NULL DEFAULT 'on' CHECK (status IN ('below', 'on', 'above')),"
  "  narrative TEXT NOT NULL DEFAULT '',"
  "  spent_satang INTEGER NOT NULL DEFAULT 0 CHECK (spent_satang >= 0),"
  "  participants INTEGER,"
  "  UNIQUE (node_id, round));"

  "CREATE TABLE activity_events ("
  "  id INTEGER PRIMARY KEY,"
  "  node_id INTEGER NOT NULL REFERENCES plan_nodes (id) ON DELETE CASCADE,"
  "  date TEXT,"
  "  title TEXT NOT NULL DEFAULT '',"
  "  venue TEXT NOT NULL DEFAULT '',"
  "  participants INTEGER,"
  "  cost_satang INTEGER NOT NULL DEFAULT 0 CHECK (cost_satang >= 0));"
  "CREATE INDEX activity_events_node ON activity_events (node_id, date);"

  /* One row per person per activity; event_id says at which event, if known. */
  "CREATE TABLE participation ("
  "  id INTEGER PRIMARY KEY,"
  "  person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,"
  "  node_id INTEGER NOT NULL REFERENCES plan_nodes (id) ON DELETE CASCADE,"
  "  event_id INTEGER REFERENCES activity_events (id) ON DELETE SET NULL,"
  "  UNIQUE (node_id, person_id));"
  "CREATE INDEX participation_person ON participation (person_id);"
  "CREATE INDEX participation_event ON participation (event_id);"

  /* Participants counted by head only (external people, unnamed crowds). */
  "CREATE TABLE headcounts ("
  "  id INTEGER PRIMARY KEY,"
  "  node_id INTEGER NOT NULL REFERENCES plan_nodes (id) ON DELETE CASCADE,"
  "  event_id INTEGER REFERENCES activity_events (id) ON DELETE SET NULL,"
  "  date TEXT,"
  "  count INTEGER NOT NULL CHECK (count >= 0),"
  "  note TEXT NOT NULL DEFAULT '');"
  "CREATE INDEX headcounts_node ON headcounts (node_id);"

  /* thresholds t1..t5 are the rubric's level 1..5 values in hundredths. */
  "CREATE TABLE kpis ("
  "  id INTEGER PRIMARY KEY,"
  "  name TEXT NOT NULL DEFAULT '',"
  "  fiscal_year INTEGER NOT NULL,"
  "  t1 INTEGER NOT NULL, t2 INTEGER NOT NULL, t3 INTEGER NOT NULL,"
  "  t4 INTEGER NOT NULL, t5 INTEGER NOT NULL,"
  "  direction TEXT NOT NULL DEFAULT 'at_least' CHECK (direction IN ('at_least', 'at_most')),"
  "  interpolation TEXT NOT NULL DEFAULT 'linear' CHECK (interpolation IN ('linear', 'step')));"

  "CREATE TABLE kpi_staff_types ("
  "  id INTEGER PRIMARY KEY,"
  "  kpi_id INTEGER NOT NULL REFERENCES kpis (id) ON DELETE CASCADE,"
  "  staff_type TEXT NOT NULL CHECK (staff_type IN"
  "    ('civil_servant', 'government_employee', 'fund_employee',"
  "     'permanent_employee', 'temporary_employee', 'external')),"
  "  UNIQUE (kpi_id, staff_type));"

  "CREATE TABLE kpi_activities ("
  "  id INTEGER PRIMARY KEY,"
  "  kpi_id INTEGER NOT NULL REFERENCES kpis (id) ON DELETE CASCADE,"
  "  node_id INTEGER NOT NULL REFERENCES plan_nodes (id) ON DELETE CASCADE,"
  "  UNIQUE (kpi_id, node_id));";

/* Version 3: the own-agency flag and ITA results, issues and measures. */
static const char migration_3[] =
  "ALTER TABLE units ADD COLUMN is_own_agency INTEGER NOT NULL DEFAULT 0"
  "  CHECK (is_own_agency IN (0, 1));"

  "CREATE TABLE ita_results ("
  "  id INTEGER PRIMARY KEY,"
  "  unit_id INTEGER NOT NULL REFERENCES units (id) ON DELETE CASCADE,"
  "  year_be INTEGER NOT NULL,"
  "  framework TEXT NOT NULL DEFAULT 'ita-2566',"
  "  note TEXT NOT NULL DEFAULT '',"
  "  UNIQUE (unit_id, year_be));"

  /* A given figure at any level: code I1..I30, E1..E15, O1..O43, ind1..ind10,
   * IIT, EIT, OIT, total; part 'public'/'survey' for EIT items and the EIT
   * instrument, NULL otherwise. score in hundredths (0..10000). */
  "CREATE TABLE ita_figures ("
  "  id INTEGER PRIMARY KEY,"
  "  result_id INTEGER NOT NULL REFERENCES ita_results (id) ON DELETE CASCADE,"
  "  code TEXT NOT NULL CHECK (code <> ''),"
  "  part TEXT CHECK (part IS NULL OR part IN ('public', 'survey')),"
  "  score INTEGER NOT NULL CHECK (score BETWEEN 0 AND 10000),"
  "  UNIQUE (result_id, code, part));"
  /* UNIQUE treats NULL parts as distinct; this one does not. */
  "CREATE UNIQUE INDEX ita_figures_key ON ita_figures (result_id, code, ifnull (part, ''));"

  "CREATE TABLE ita_issues ("
  "  id INTEGER PRIMARY KEY,"
  "  result_id INTEGER REFERENCES ita_results (id) ON DELETE CASCADE,"
  "  unit_id INTEGER REFERENCES units (id) ON DELETE CASCADE,"
  "  year_be INTEGER,"
  "  sort_order INTEGER NOT NULL DEFAULT 0,"
  "  title TEXT NOT NULL DEFAULT '',"
  "  description TEXT NOT NULL DEFAULT '',"
  "  CHECK (result_id IS NOT NULL OR (unit_id IS NOT NULL AND year_be IS NOT NULL)));"

  "CREATE TABLE ita_issue_items ("
  "  id INTEGER PRIMARY KEY,"
  "  issue_id INTEGER NOT NULL REFERENCES ita_issues (id) ON DELETE CASCADE,"
  "  code TEXT NOT NULL,"
  "  UNIQUE (issue_id, code));"

  "CREATE TABLE ita_measures ("
  "  id INTEGER PRIMARY KEY,"
  "  issue_id INTEGER NOT NULL REFERENCES ita_issues (id) ON DELETE CASCADE,"
  "  sort_order INTEGER NOT NULL DEFAULT 0,"
  "  title TEXT NOT NULL DEFAULT '',"
  "  steps TEXT NOT NULL DEFAULT '',"
  "  period_text TEXT NOT NULL DEFAULT '',"
  "  start_date TEXT,"
  "  end_date TEXT);"

  "CREATE TABLE ita_measure_units ("
  "  id INTEGER PRIMARY KEY,"
  "  measure_id INTEGER NOT NULL REFERENCES ita_measures (id) ON DELETE CASCADE,"
  "  unit_id INTEGER NOT NULL REFERENCES units (id) ON DELETE CASCADE,"
  "  UNIQUE (measure_id, unit_id));";

/* Version 4: the ITA analysis belongs to the internal-measures plan of its year.
 * ita_issues.plan_id names the plan (kind 'internal_measures', fiscal year = ITA
 * year + 1: measures drawn from year Y's assessment are carried out in fiscal year
 * Y + 1). ita_issue_items.role tells the weak items an issue groups ('item') from
 * the OIT items linked as its evidence ('evidence').
 * Existing issues get the plan of their unit and year, created if there is none;
 * their OIT codes become evidence, which is what version 3 listed them for. */
static const char migration_4[] =
  "ALTER TABLE ita_issues ADD COLUMN plan_id INTEGER REFERENCES plans (id) ON DELETE CASCADE;"
  "CREATE INDEX ita_issues_plan ON ita_issues (plan_id, sort_order);"
  "ALTER TABLE ita_issue_items ADD COLUMN role TEXT NOT NULL DEFAULT 'item'"
  "  CHECK (role IN ('item', 'evidence'));"
  "UPDATE ita_issue_items SET role = 'evidence' WHERE code LIKE 'O%';"
  "CREATE INDEX ita_measures_issue ON ita_measures (issue_id, sort_order);"

  "CREATE TEMP TABLE ita_issue_keys AS"
  "  SELECT i.id AS issue_id,"
  "         coalesce ((SELECT r.unit_id FROM ita_results r WHERE r.id = i.result_id), i.unit_id) AS unit_id,"
  "         coalesce ((SELECT r.year_be FROM ita_results r WHERE r.id = i.result_id), i.year_be) AS year_be"
  "  FROM ita_issues i;"
  "INSERT INTO plans (kind, fiscal_year, unit_id, title)"
  "  SELECT DISTINCT 'internal_measures', k.year_be + 1, k.unit_id,"
  "    'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ' || (k.year_be + 1)"
  "  FROM ita_issue_keys k"
  "  WHERE NOT EXISTS (SELECT 1 FROM plans p WHERE p.kind = 'internal_measures'"
  "                    AND p.unit_id = k.unit_id AND p.fiscal_year = k.year_be + 1);"
  "UPDATE ita_issues SET plan_id ="
  "  (SELECT min (p.id) FROM plans p JOIN ita_issue_keys k ON k.issue_id = ita_issues.id"
  "   WHERE p.kind = 'internal_measures' AND p.unit_id = k.unit_id AND p.fiscal_year = k.year_be + 1);"
  "DROP TABLE ita_issue_keys;";

/* Version 5 (plans): how a plan numbers its activities (per parent: 2.3, or
 * across the plan: 1..11), its version and approval (a date and the meeting's
 * reference text until a meeting is linked), an objective and a budget written on
 * group rows (a strategy's objective in the progress report; a group budget counts
 * only when no activity below it has an amount), qualitative indicators, a
 * progress status set by hand, events over a date range and online, and the
 * reporting rounds of a plan (frozen once reported). */
static const char migration_5[] =
  "ALTER TABLE plans ADD COLUMN numbering TEXT NOT NULL DEFAULT 'per_parent'"
  "  CHECK (numbering IN ('per_parent', 'across_plan'));"
  "ALTER TABLE plans ADD COLUMN version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1);"
  "ALTER TABLE plans ADD COLUMN approved_date TEXT;"
  "ALTER TABLE plans ADD COLUMN approval_reference TEXT NOT NULL DEFAULT '';"
  "ALTER TABLE plan_nodes ADD COLUMN objective TEXT NOT NULL DEFAULT '';"
  "ALTER TABLE plan_nodes ADD COLUMN group_budget_satang INTEGER CHECK (group_budget_satang >= 0);"
  "ALTER TABLE indicators ADD COLUMN quantitative INTEGER NOT NULL DEFAULT 1 CHECK (quantitative IN (0, 1));"
  "ALTER TABLE progress ADD COLUMN status_set INTEGER NOT NULL DEFAULT 0 CHECK (status_set IN (0, 1));"
  "ALTER TABLE activity_events ADD COLUMN end_date TEXT;"
  "ALTER TABLE activity_events ADD COLUMN mode TEXT NOT NULL DEFAULT 'onsite'"
  "  CHECK (mode IN ('onsite', 'online', 'hybrid'));"
  "CREATE TABLE plan_rounds ("
  "  id INTEGER PRIMARY KEY,"
  "  plan_id INTEGER NOT NULL REFERENCES plans (id) ON DELETE CASCADE,"
  "  round INTEGER NOT NULL CHECK (round IN (6, 9, 12)),"
  "  frozen INTEGER NOT NULL DEFAULT 0 CHECK (frozen IN (0, 1)),"
  "  reported_date TEXT,"
  "  UNIQUE (plan_id, round));"
  "CREATE INDEX plans_year ON plans (fiscal_year, kind);";

/* Version 6: meetings as the minutes record them.
 * committees.delegate_paid: whether a delegate attending for a member is paid that
 * member's allowance (default no). committee_members.seat_position: a seat held by a
 * post ("ผู้อำนวยการกลุ่ม…"), whoever holds it; role_title: the role as the
 * appointing order words it ("คณะทำงานและผู้ช่วยเลขานุการ"), printed as given.
 * attendance.attendee_name/attendee_position: who sat, as the list names them (the
 * holder of a post's seat, or the member's name as typed); match: how the typed name
 * matched the roster ('exact' or a confirmed 'close' match); sort_order: the list's
 * order. agenda_items.comments: the meeting's comments (ความเห็นที่ประชุม).
 * meeting_attachments: numbered attachments (เอกสารแนบ ๑ …), each a linked file. */
static const char migration_6[] =
  "ALTER TABLE committees ADD COLUMN delegate_paid INTEGER NOT NULL DEFAULT 0"
  "  CHECK (delegate_paid IN (0, 1));"
  "ALTER TABLE committee_members ADD COLUMN seat_position TEXT NOT NULL DEFAULT '';"
  "ALTER TABLE committee_members ADD COLUMN role_title TEXT NOT NULL DEFAULT '';"
  "ALTER TABLE attendance ADD COLUMN attendee_name TEXT NOT NULL DEFAULT '';"
  "ALTER TABLE attendance ADD COLUMN attendee_position TEXT NOT NULL DEFAULT '';"
  "ALTER TABLE attendance ADD COLUMN match TEXT NOT NULL DEFAULT 'exact'"
  "  CHECK (match IN ('exact', 'close'));"
  "ALTER TABLE attendance ADD COLUMN sort_order INTEGER NOT NULL DEFAULT 0;"
  "ALTER TABLE agenda_items ADD COLUMN comments TEXT NOT NULL DEFAULT '';"
  "CREATE INDEX attendance_meeting ON attendance (meeting_id, sort_order);"
  "CREATE INDEX guests_meeting ON guests (meeting_id, sort_order);"
  "CREATE TABLE meeting_attachments ("
  "  id INTEGER PRIMARY KEY,"
  "  meeting_id INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,"
  "  agenda_item_id INTEGER REFERENCES agenda_items (id) ON DELETE SET NULL,"
  "  number INTEGER NOT NULL CHECK (number > 0),"
  "  title TEXT NOT NULL DEFAULT '',"
  "  path TEXT NOT NULL DEFAULT '',"
  "  UNIQUE (meeting_id, number));";

/* Version 7: names from sign-in lists that matched nobody on the roster (or only
 * closely, not yet confirmed), kept on their activity to resolve later; never
 * dropped. candidate_id is the close match offered, if any. */
static const char migration_7[] =
  "CREATE TABLE participation_unknowns ("
  "  id INTEGER PRIMARY KEY,"
  "  node_id INTEGER NOT NULL REFERENCES plan_nodes (id) ON DELETE CASCADE,"
  "  name TEXT NOT NULL CHECK (name <> ''),"
  "  unit_text TEXT NOT NULL DEFAULT '',"
  "  source TEXT NOT NULL DEFAULT '',"
  "  line INTEGER NOT NULL DEFAULT 0,"
  "  candidate_id INTEGER REFERENCES people (id) ON DELETE SET NULL,"
  "  UNIQUE (node_id, name));"
  "CREATE INDEX participation_unknowns_candidate ON participation_unknowns (candidate_id);"
  "CREATE INDEX people_active ON people (active, staff_type);";

/* Version 8 (ITA): the published context of a result — the national average, the
 * national and ministry ranks, respondents per part, the assessor's recommendations
 * and the report's limitations — one row per result; and a measure whose responsible
 * units are all units (ita_measures.all_units; its listed units, if any, are ignored).
 * Averages in hundredths; an unknown number is NULL. */
static const char migration_8[] =
  "CREATE TABLE ita_contexts ("
  "  id INTEGER PRIMARY KEY,"
  "  result_id INTEGER NOT NULL UNIQUE REFERENCES ita_results (id) ON DELETE CASCADE,"
  "  national_average INTEGER CHECK (national_average BETWEEN 0 AND 10000),"
  "  national_rank INTEGER CHECK (national_rank > 0),"
  "  national_count INTEGER CHECK (national_count > 0),"
  "  ministry_rank INTEGER CHECK (ministry_rank > 0),"
  "  ministry_count INTEGER CHECK (ministry_count > 0),"
  "  respondents_internal INTEGER CHECK (respondents_internal >= 0),"
  "  respondents_public INTEGER CHECK (respondents_public >= 0),"
  "  respondents_survey INTEGER CHECK (respondents_survey >= 0),"
  "  recommendations TEXT NOT NULL DEFAULT '',"
  "  limitations TEXT NOT NULL DEFAULT '');"
  "ALTER TABLE ita_measures ADD COLUMN all_units INTEGER NOT NULL DEFAULT 0"
  "  CHECK (all_units IN (0, 1));";

/* Version 9: an activity's due date (กำหนดเสร็จ), ISO text or NULL when it has none.
 * A workspace that kept deadlines in activity_deadlines (never shown by an earlier
 * version) gets the earliest of them as the due date; those rows stay. */
static const char migration_9[] =
  "ALTER TABLE activities ADD COLUMN due_date TEXT"
  "  CHECK (due_date IS NULL OR due_date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]');"
  "UPDATE activities SET due_date = (SELECT min (d.date) FROM activity_deadlines d"
  "  WHERE d.activity_id = activities.id"
  "  AND d.date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]');";

/* An activity's status as reported in a round (6, 9, 12): a round's report, once
 * frozen, keeps the statuses of its time when later rounds are entered. */
static const char migration_10[] =
  "CREATE TABLE round_statuses ("
  "  id INTEGER PRIMARY KEY,"
  "  node_id INTEGER NOT NULL REFERENCES activities (id) ON DELETE CASCADE,"
  "  round INTEGER NOT NULL CHECK (round IN (6, 9, 12)),"
  "  status TEXT NOT NULL CHECK (status IN ('not_started', 'in_progress', 'done', 'cancelled')),"
  "  UNIQUE (node_id, round));";

const char * const prs_store_migrations[PRS_STORE_SCHEMA_VERSION] = {
  migration_1,
  migration_2,
  migration_3,
  migration_4,
  migration_5,
  migration_6,
  migration_7,
  migration_8,
  migration_9,
  migration_10,
};
