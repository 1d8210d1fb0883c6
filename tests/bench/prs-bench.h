/* prs-bench.h: what the benchmarks share — clocks, sorting figures, and a generated
 * workspace to measure on
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Benchmarks print figures beside their targets and mark a miss; they never fail on
 * a slow machine.
 */
#pragma once

#include <time.h>
#include <glib.h>

/* The wall clock, in milliseconds (monotonic). */
static inline double
prs_bench_now_ms (void)
{
  return g_get_monotonic_time () / 1000.0;
}

/* Processor time of the whole process (all threads), in milliseconds. */
static inline double
prs_bench_cpu_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &ts);
  return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

/* Processor time of the calling thread, in milliseconds. */
static inline double
prs_bench_thread_cpu_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

/* qsort() order of doubles. */
static inline int
prs_bench_compare_double (const void *a,
                          const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}
