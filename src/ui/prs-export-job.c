/* prs-export-job.c: placeholder */
#include "config.h"
#include "prs-export-job.h"
