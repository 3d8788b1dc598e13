/* SPDX-License-Identifier: MIT */
#include "cmdline.h"

static bool is_space(char ch)
{
	return ch == ' ' || ch == '\t' || ch == '\r';
}

void cmd_tokenize(char *s, struct cmd *c)
{
	c->argc = 0;
	while (c->argc < CMD_MAX_TOKENS) {
		while (is_space(*s))
			*s++ = '\0';
		if (*s == '\0')
			return;
		c->argv[c->argc++] = s;
		while (*s != '\0' && !is_space(*s))
			s++;
	}
}

const char *cmd_refused(enum cmd_when when, bool initialised)
{
	if (when == CMD_BEFORE_INIT && initialised)
		return "after init";
	if (when == CMD_AFTER_INIT && !initialised)
		return "before init";
	return 0;
}

bool cmd_word_is(const char *a, const char *b)
{
	while (*a != '\0' && *a == *b) {
		a++;
		b++;
	}
	return *a == *b;
}

static int digit_of(char ch, unsigned int base)
{
	int d = ch >= '0' && ch <= '9'   ? ch - '0'
		: ch >= 'a' && ch <= 'f' ? ch - 'a' + 10
		: ch >= 'A' && ch <= 'F' ? ch - 'A' + 10
					 : 99;

	return d < (int)base ? d : -1;
}

bool cmd_parse_u64(const char *s, uint64_t *v)
{
	unsigned int base = 10;

	if (s == 0)
		return false;
	if (s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) {
		base = 16;
		s += 2;
	}
	if (*s == '\0')
		return false;
	*v = 0;
	for (; *s != '\0'; s++) {
		int d = digit_of(*s, base);

		if (d < 0 || *v > (UINT64_MAX - (uint64_t)d) / base)
			return false;
		*v = *v * base + (uint64_t)d;
	}
	return true;
}

bool cmd_arg_num(const struct cmd *c, int i, uint64_t max, uint64_t *v)
{
	return i < c->argc && cmd_parse_u64(c->argv[i], v) && *v <= max;
}

long cmd_unhex(char *s)
{
	long n = 0;

	while (s[2 * n] != '\0') {
		int hi = digit_of(s[2 * n], 16);
		int lo = hi < 0 ? -1 : digit_of(s[2 * n + 1], 16);

		if (lo < 0)
			return -1;
		s[n++] = (char)(hi << 4 | lo);
	}
	return n;
}
