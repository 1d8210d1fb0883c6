/* prs-application.c: the application — windows, app-wide actions, recent workspaces
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <time.h>
#include <glib/gi18n.h>

#include "prs-about-window.h"
#include "prs-renderer.h"
#include "prs-application.h"
#include "prs-resources.h"
#include "prs-file-dialog.h"
#include "prs-preferences-dialog.h"
#include "prs-store.h"
#include "prs-window.h"

#define MAX_RECENT 8

struct _PrsApplication
{
  AdwApplication parent_instance;

  GSettings *settings;
};

G_DEFINE_FINAL_TYPE (PrsApplication, prs_application, ADW_TYPE_APPLICATION)

void
prs_ui_ensure_resources (void)
{
  static gsize registered;

  if (g_once_init_enter (&registered))
    {
      prs_register_resource ();
      g_once_init_leave (&registered, 1);
    }
}

/* The workspace a first run opens, so the app works with no set-up. */
static GFile *
default_workspace (void)
{
  g_autofree char *dir = g_build_filename (g_get_user_data_dir (), "prongsai", NULL);
  g_autofree char *path = g_build_filename (dir, "workspace.prongsai", NULL);

  g_mkdir_with_parents (dir, 0700);
  return g_file_new_for_path (path);
}

static void
remember_workspace (PrsApplication *self,
                    GFile          *file)
{
  g_autofree char *path = g_file_get_path (file);
  g_auto(GStrv) old = NULL;
  g_autoptr(GStrvBuilder) builder = NULL;
  g_auto(GStrv) recent = NULL;
  guint n = 1;

  if (path == NULL)
    return;

  old = g_settings_get_strv (self->settings, "recent-workspaces");
  builder = g_strv_builder_new ();
  g_strv_builder_add (builder, path);
  for (guint i = 0; old[i] != NULL && n < MAX_RECENT; i++)
    if (!g_str_equal (old[i], path))
      {
        g_strv_builder_add (builder, old[i]);
        n++;
      }
  recent = g_strv_builder_end (builder);

  g_settings_set_strv (self->settings, "recent-workspaces", (const char * const *) recent);
  g_settings_set_string (self->settings, "last-workspace", path);
}

static PrsWindow *
find_window (PrsApplication *self,
             GFile          *file)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l; l = l->next)
    if (PRS_IS_WINDOW (l->data) && prs_window_get_workspace (l->data) != NULL
        && g_file_equal (prs_window_get_workspace (l->data), file))
      return l->data;
  return NULL;
}

static GtkWindow *
active_window (PrsApplication *self)
{
  return gtk_application_get_active_window (GTK_APPLICATION (self));
}

/* The window manager's icon (X11's _NET_WM_ICON): GTK renders it, from the
 * app's SVG, when a window is realized if a default icon is set — loading the SVG
 * renderer and drawing the icon before the window's first frame, which does not
 * show it. It is set once the first window is on screen; later windows and
 * dialogs get it as the default. */
static void
ensure_default_icon (void)
{
  if (g_strcmp0 (gtk_window_get_default_icon_name (), APP_ID) != 0)
    gtk_window_set_default_icon_name (APP_ID);
}

static gboolean
set_window_icon (gpointer data)
{
  g_autoptr(GtkWindow) window = g_weak_ref_get (data);

  ensure_default_icon ();
  if (window != NULL)
    gtk_window_set_icon_name (window, APP_ID);
  return G_SOURCE_REMOVE;
}

static void
weak_ref_free (gpointer data)
{
  g_weak_ref_clear (data);
  g_free (data);
}

static void
show_open_error (PrsApplication *self,
                 GFile          *file,
                 const GError   *error)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *heading = NULL;
  GtkWidget *dialog;

  /* Translators: %s is a file name */
  heading = g_strdup_printf (_("Could Not Open “%s”"), name);
  ensure_default_icon ();
  dialog = adw_message_dialog_new (active_window (self), heading, error->message);
  /* Keeps the application alive while the message is shown, even with no window. */
  gtk_window_set_application (GTK_WINDOW (dialog), GTK_APPLICATION (self));
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Keeps a copy a day of each workspace for two weeks, beside the user's data. The
 * copy is made in a worker thread, through a connection of its own, once the window
 * is up: it never delays the first paint, and edits go on meanwhile (SQLite's online
 * backup restarts if the file changes under it). A copy that could not be made is
 * told in the window (a full disk, a backup folder that cannot be written). */
static void
rolling_backup_thread (GTask        *task,
                       gpointer      source,
                       gpointer      task_data,
                       GCancellable *cancellable)
{
  const char *path = task_data;
  g_autofree char *dir = g_build_filename (g_get_user_data_dir (), "prongsai", "backups", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(PrsStore) reader = prs_store_open (path, PRS_STORE_OPEN_READ_ONLY, &error);
  g_autofree char *made = NULL;

  if (reader != NULL)
    made = prs_store_rolling_backup (reader, dir, 14, &error);
  if (error != NULL)
    {
      g_message ("Could not back up %s: %s", path, error->message);  /* told in the window */
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  g_task_return_boolean (task, TRUE);
}

static void
rolling_backup_done (GObject *source, GAsyncResult *result, gpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PrsWindow) window = g_weak_ref_get (data);

  weak_ref_free (data);
  if (g_task_propagate_boolean (G_TASK (result), &error) || window == NULL)
    return;
  prs_window_add_problem_toast (window, _("Today’s backup copy of this workspace could not be made"),
                                error->message);
}

static gboolean
start_rolling_backup (gpointer data)
{
  g_autoptr(PrsWindow) window = g_weak_ref_get (data);
  PrsStore *store = window ? prs_window_get_store (window) : NULL;
  GWeakRef *ref;
  g_autoptr(GTask) task = NULL;

  if (store == NULL || prs_store_get_read_only (store) || g_getenv ("PRONGSAI_NO_BACKUP") != NULL)
    return G_SOURCE_REMOVE;
  ref = g_new0 (GWeakRef, 1);
  g_weak_ref_init (ref, window);
  task = g_task_new (NULL, NULL, rolling_backup_done, ref);
  g_task_set_task_data (task, g_strdup (prs_store_get_path (store)), g_free);
  g_task_run_in_thread (task, rolling_backup_thread);
  return G_SOURCE_REMOVE;
}

static gboolean
prepare_editing (gpointer data)
{
  prs_store_prepare_editing (data);
  return G_SOURCE_REMOVE;
}

/* Benchmarks: with PRONGSAI_BENCH_FIRST_FRAME set, the first painted frame prints
 * the monotonic clock (microseconds) and the window closes. */
static void
first_frame_painted (GdkFrameClock *clock,
                     gpointer       user_data)
{
  GtkWindow *window = user_data;
  GtkApplication *app = gtk_window_get_application (window);
  struct timespec cpu = { 0 };

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &cpu);
  g_signal_handlers_disconnect_by_func (clock, first_frame_painted, user_data);
  /* the monotonic clock, the processor time of all threads so far, the renderer */
  g_print ("first-frame %" G_GINT64_FORMAT " %" G_GINT64_FORMAT " %s\n", g_get_monotonic_time (),
           (gint64) cpu.tv_sec * G_USEC_PER_SEC + cpu.tv_nsec / 1000,
           G_OBJECT_TYPE_NAME (gtk_native_get_renderer (GTK_NATIVE (window))));
  /* Closed as a user closes it, so that the workspace is closed too (no lock
   * note left beside it); the application quits with its last window. */
  if (app != NULL)
    g_idle_add_once ((GSourceOnceFunc) gtk_window_close, window);
}

static void
bench_window_realized (GtkWidget *window)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (window);

  if (clock != NULL)
    g_signal_connect (clock, "after-paint", G_CALLBACK (first_frame_painted), window);
}

/* Opens FILE in its own window, or raises the window that has it already. Returns
 * FALSE, after telling the user why, when the file cannot be opened. */
static gboolean
open_workspace (PrsApplication *self,
                GFile          *file)
{
  PrsWindow *window = find_window (self, file);
  g_autoptr(PrsStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_file_get_path (file);

  if (window == NULL)
    {
      if (path == NULL)
        {
          g_set_error (&error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED, "%s",
                       _("Workspaces must be files on this computer."));
          show_open_error (self, file, error);
          return FALSE;
        }
      /* The file is read in place until the window is up; the working copy
       * that edits need is made in the background after the first frame (or
       * by an edit before that), so opening costs the same for any size. */
      store = prs_store_open (path, PRS_STORE_OPEN_CREATE | PRS_STORE_OPEN_DEFER_COPY, &error);
      if (store == NULL)
        {
          show_open_error (self, file, error);
          return FALSE;
        }
      window = prs_window_new (GTK_APPLICATION (self), store);
      if (g_getenv ("PRONGSAI_BENCH_FIRST_FRAME") != NULL)
        g_signal_connect (window, "realize", G_CALLBACK (bench_window_realized), NULL);
      /* After the first frame, so that they do not compete with the first paint. */
      prs_window_after_first_frame (window, prepare_editing, g_object_ref (store), g_object_unref);
      {
        GWeakRef *ref = g_new0 (GWeakRef, 1);

        g_weak_ref_init (ref, window);
        prs_window_after_first_frame (window, start_rolling_backup, ref, weak_ref_free);
      }
      if (gtk_window_get_default_icon_name () == NULL)
        {
          GWeakRef *ref = g_new0 (GWeakRef, 1);

          g_weak_ref_init (ref, window);
          prs_window_after_first_frame (window, set_window_icon, ref, weak_ref_free);
        }
    }
  remember_workspace (self, file);
  gtk_window_present (GTK_WINDOW (window));
  return TRUE;
}

static void
prs_application_activate (GApplication *app)
{
  PrsApplication *self = PRS_APPLICATION (app);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));
  g_autofree char *last = NULL;
  g_autoptr(GFile) file = NULL;

  if (window != NULL)
    {
      gtk_window_present (window);
      return;
    }

  last = g_settings_get_string (self->settings, "last-workspace");
  if (last[0] != '\0' && g_file_test (last, G_FILE_TEST_EXISTS))
    {
      file = g_file_new_for_path (last);
      if (open_workspace (self, file))
        return;
      g_clear_object (&file);
    }
  file = default_workspace ();
  open_workspace (self, file);
}

static void
prs_application_open (GApplication  *app,
                       GFile        **files,
                       int            n_files,
                       const char    *hint)
{
  for (int i = 0; i < n_files; i++)
    open_workspace (PRS_APPLICATION (app), files[i]);
}

static void
chosen_workspace_cb (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(PrsApplication) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = prs_file_dialog_finish (result, &error);

  if (file != NULL)
    open_workspace (self, file);
  else if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_warning ("Could not choose a workspace: %s", error->message);
}

static void
new_workspace_action (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       user_data)
{
  PrsApplication *self = user_data;
  g_autoptr(GtkFileFilter) filter = prs_file_dialog_workspace_filter ();

  prs_file_dialog_save (active_window (self), _("New Workspace"),
                        /* Translators: the suggested file name of a new workspace */
                        _("Workspace.prongsai"), filter, chosen_workspace_cb,
                        g_object_ref (self));
}

static void
open_workspace_action (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  PrsApplication *self = user_data;
  g_autoptr(GtkFileFilter) filter = prs_file_dialog_workspace_filter ();

  prs_file_dialog_open (active_window (self), _("Open Workspace"), filter, chosen_workspace_cb,
                        g_object_ref (self));
}

static void
open_recent_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  g_autoptr(GFile) file = g_file_new_for_path (g_variant_get_string (parameter, NULL));

  open_workspace (PRS_APPLICATION (user_data), file);
}

static void
preferences_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  gtk_window_present (GTK_WINDOW (prs_preferences_dialog_new (active_window (user_data))));
}

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  /* Our own About window: libadwaita's has no Thai. */
  gtk_window_present (GTK_WINDOW (prs_about_window_new (active_window (user_data))));
}

static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  GtkApplication *app = user_data;
  GList *windows = g_list_copy (gtk_application_get_windows (app));

  /* Closing each window lets it save its state; the app quits when the last one goes. */
  for (GList *l = windows; l; l = l->next)
    gtk_window_close (l->data);
  g_list_free (windows);
}

static const GActionEntry app_actions[] = {
  { .name = "new-workspace", .activate = new_workspace_action },
  { .name = "open-workspace", .activate = open_workspace_action },
  { .name = "open-recent", .activate = open_recent_action, .parameter_type = "s" },
  { .name = "preferences", .activate = preferences_action },
  { .name = "about", .activate = about_action },
  { .name = "quit", .activate = quit_action },
};

/* TRUE if the application's settings schema is installed; GSettings aborts otherwise. */
gboolean
prs_application_has_schema (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APP_ID, TRUE);
  return schema != NULL;
}

/* --version, and a clear message instead of an abort when the settings schema is
 * missing — both before GTK opens a display. */
static int
prs_application_handle_local_options (GApplication *app,
                                      GVariantDict *options)
{
  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("%s %s\n", "prongsai", PACKAGE_VERSION);
      return 0;
    }
  if (!prs_application_has_schema ())
    {
      g_printerr (_("Prongsai cannot start: its settings schema (%s) is not installed. Install "
                    "Prongsai (meson install), or run it from the build folder with "
                    "GSETTINGS_SCHEMA_DIR set to the folder holding the compiled schema.\n"),
                  APP_ID);
      return 1;
    }
  return -1;
}

static void
prs_application_startup (GApplication *app)
{
  GtkApplication *gtk_app = GTK_APPLICATION (app);
  PrsApplication *self = PRS_APPLICATION (app);

  G_APPLICATION_CLASS (prs_application_parent_class)->startup (app);
  prs_renderer_choose_for_display (gdk_display_get_default ());

  if (self->settings == NULL)
    self->settings = g_settings_new (APP_ID);

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions, G_N_ELEMENTS (app_actions),
                                   app);

  gtk_application_set_accels_for_action (gtk_app, "app.new-workspace",
                                         (const char *[]) { "<Control>n", NULL });
  gtk_application_set_accels_for_action (gtk_app, "app.open-workspace",
                                         (const char *[]) { "<Control>o", NULL });
  gtk_application_set_accels_for_action (gtk_app, "app.preferences",
                                         (const char *[]) { "<Control>comma", NULL });
  gtk_application_set_accels_for_action (gtk_app, "app.quit",
                                         (const char *[]) { "<Control>q", NULL });
  gtk_application_set_accels_for_action (gtk_app, "window.close",
                                         (const char *[]) { "<Control>w", NULL });
  gtk_application_set_accels_for_action (gtk_app, "win.save-copy",
                                         (const char *[]) { "<Control><Shift>s", NULL });
  /* GtkApplication's own for the shortcuts window, which we build when asked for. */
  gtk_application_set_accels_for_action (gtk_app, "win.show-help-overlay",
                                         (const char *[]) { "<Control>F1", "<Control>question", NULL });
  gtk_application_set_accels_for_action (gtk_app, "win.undo",
                                         (const char *[]) { "<Control>z", NULL });
  gtk_application_set_accels_for_action (gtk_app, "win.redo",
                                         (const char *[]) { "<Control><Shift>z", NULL });
}

static void
prs_application_dispose (GObject *object)
{
  PrsApplication *self = PRS_APPLICATION (object);

  g_clear_object (&self->settings);

  G_OBJECT_CLASS (prs_application_parent_class)->dispose (object);
}

static void
prs_application_class_init (PrsApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  prs_ui_ensure_resources ();

  object_class->dispose = prs_application_dispose;
  app_class->activate = prs_application_activate;
  app_class->open = prs_application_open;
  app_class->startup = prs_application_startup;
  app_class->handle_local_options = prs_application_handle_local_options;
}

static void
prs_application_init (PrsApplication *self)
{
  static const GOptionEntry entries[] = {
    { "version", 'v', 0, G_OPTION_ARG_NONE, NULL, N_("Show the version and quit"), NULL },
    { NULL }
  };

  g_application_add_main_option_entries (G_APPLICATION (self), entries);
  g_application_set_option_context_parameter_string (G_APPLICATION (self), _("[WORKSPACE…]"));
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Plans, meetings, participation and ITA scores for the "
                                              "secretariats of integrity and ethics committees."));
}

PrsApplication *
prs_application_new (void)
{
  GApplicationFlags flags = G_APPLICATION_HANDLES_OPEN;

  /* A benchmark launches the app again and again: each launch its own instance. */
  if (g_getenv ("PRONGSAI_BENCH_FIRST_FRAME") != NULL)
    flags |= G_APPLICATION_NON_UNIQUE;
  return g_object_new (PRS_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", flags,
                       "resource-base-path", "/io/github/prongsai/Prongsai",
                       NULL);
}
