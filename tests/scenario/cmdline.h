/* SPDX-License-Identifier: MIT */
/*
 * The scenario engine protocol's lines (engine_core.c documents the protocol):
 * tokens, numbers in C syntax, hex bytes. Freestanding, so the host engine,
 * the system test's EL2 hypervisor and its EL3 firmware read lines alike.
 */
#ifndef CMDLINE_H
#define CMDLINE_H

#include <stdbool.h>
#include <stdint.h>

#define CMD_MAX_TOKENS 48

struct cmd {
	int argc;
	char *argv[CMD_MAX_TOKENS];
};

/* Split line in place at spaces, tabs and CRs. */
void cmd_tokenize(char *line, struct cmd *c);

/* When a command makes sense: configuration before init, the rest after. */
enum cmd_when { CMD_ANY, CMD_BEFORE_INIT, CMD_AFTER_INIT };

/* NULL if a command of this kind may run now, else why not ("after init"). */
const char *cmd_refused(enum cmd_when when, bool initialised);

/* Two words the same (the string functions are not everywhere these run). */
bool cmd_word_is(const char *a, const char *b);

/* A whole string as a number: decimal, or hex after 0x. */
bool cmd_parse_u64(const char *s, uint64_t *v);

/* Argument i as a number no larger than max. */
bool cmd_arg_num(const struct cmd *c, int i, uint64_t max, uint64_t *v);

/* Hex digits decoded in place; the byte count, or -1. */
long cmd_unhex(char *s);

#endif
