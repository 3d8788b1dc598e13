/* SPDX-License-Identifier: MIT */
/* The PL011 UART of QEMU's virt machine (0x09000000): the console. */
#ifndef SYS_UART_H
#define SYS_UART_H

#include <stddef.h>

void uart_putc(char c);
void uart_puts(const char *s);
void uart_write(const char *s, size_t n);
/* One byte received, waiting for it. */
int uart_getc(void);
/* One byte received, or -1 when none is there. */
int uart_trygetc(void);
/* printf's %s %c %d %u %x %lx %llx %lu %llu %ld %p %%, widths, zero padding. */
void uart_printf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

#endif
