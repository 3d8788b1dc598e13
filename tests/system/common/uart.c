/* SPDX-License-Identifier: MIT */
/*
 * PL011 at 0x09000000, as QEMU sets it up: no baud rate or FIFO set-up is
 * needed to move bytes. "\n" goes out as is: the host side reads lines.
 */
#include "sys/uart.h"

#include <stdarg.h>
#include <stdint.h>

#include "sys/fmt.h"

#define UART_BASE 0x09000000UL
#define UARTDR 0x000
#define UARTFR 0x018
#define UARTFR_RXFE (1u << 4) /* receive FIFO empty */
#define UARTFR_TXFF (1u << 5) /* transmit FIFO full */

static volatile uint32_t *reg(unsigned long off)
{
	return (volatile uint32_t *)(UART_BASE + off);
}

void uart_putc(char c)
{
	while (*reg(UARTFR) & UARTFR_TXFF)
		;
	*reg(UARTDR) = (uint32_t)(unsigned char)c;
}

void uart_write(const char *s, size_t n)
{
	while (n--)
		uart_putc(*s++);
}

void uart_puts(const char *s)
{
	while (*s != '\0')
		uart_putc(*s++);
}

int uart_trygetc(void)
{
	if (*reg(UARTFR) & UARTFR_RXFE)
		return -1;
	return (int)(*reg(UARTDR) & 0xff);
}

int uart_getc(void)
{
	int c;

	while ((c = uart_trygetc()) < 0)
		;
	return c;
}

void uart_printf(const char *fmt, ...)
{
	char buf[512];
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = fmt_vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	uart_write(buf, n < (int)sizeof(buf) ? (size_t)n : sizeof(buf) - 1);
}
