/* SPDX-License-Identifier: MIT */
/*
 * The C string functions the images use (string.c). The mediator runtime
 * needs memcpy and memset from its hypervisor; the rest serve the test
 * firmware and hypervisor themselves.
 */
#ifndef SYS_STRING_H
#define SYS_STRING_H

#include <stddef.h>

void *memcpy(void *dst, const void *src, size_t n);
void *memmove(void *dst, const void *src, size_t n);
void *memset(void *dst, int c, size_t n);
int memcmp(const void *a, const void *b, size_t n);
size_t strlen(const char *s);
int strcmp(const char *a, const char *b);
int strncmp(const char *a, const char *b, size_t n);
char *strchr(const char *s, int c);

#endif
