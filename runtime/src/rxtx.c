/* SPDX-License-Identifier: MIT */
/*
 * A VM's RX/TX buffers: FFA_RXTX_MAP (DEN0077A v1.2 §13.6), FFA_RXTX_UNMAP
 * (§13.7), FFA_RX_RELEASE (§13.5), and who owns the RX buffer.
 *
 * The buffers are mapped into the hypervisor through the platform (TX
 * read-only, RX writable) and, with an FF-A 1.1+ SPMC that takes buffers of
 * that size, registered with the SPMC too, so partitions can later write
 * indirect messages into the RX buffer. RX ownership: after mapping, the
 * producer side owns it; before the mediator writes into it, it acquires it
 * from the SPMC (FFA_RX_ACQUIRE for the VM), and it gives it back
 * (FFA_RX_RELEASE for the VM) when the VM releases it. Every change
 * happens under the VM's lock, so a VM's other vCPUs never see a
 * half-written buffer or unmap one being written.
 */
#include "internal.h"

static uint64_t pages_bytes(uint32_t pages)
{
	return (uint64_t)pages * FFA_PAGE_SIZE;
}

static bool page_aligned(uint64_t addr)
{
	return addr % FFA_PAGE_SIZE == 0;
}

static uint32_t align_up(uint32_t v, uint32_t a)
{
	return (v + a - 1) / a * a;
}

/* Are the VM's proposed buffers acceptable in themselves? */
static int32_t check_map_args(const struct ffa_mediator *m, const struct ffa_rxtx_map_args *a)
{
	const uint64_t len = pages_bytes(a->page_count);

	if (a->page_count == 0 || a->page_count > m->config.vm_rxtx_max_pages)
		return FFA_INVALID_PARAMETERS;
	if (!page_aligned(a->tx_address) || !page_aligned(a->rx_address))
		return FFA_INVALID_PARAMETERS;
	if (a->tx_address > UINT64_MAX - len || a->rx_address > UINT64_MAX - len)
		return FFA_INVALID_PARAMETERS;
	/* The two buffers must not overlap. */
	if (a->tx_address < a->rx_address + len && a->rx_address < a->tx_address + len)
		return FFA_INVALID_PARAMETERS;
	return FFA_OK;
}

/*
 * Register the VM's buffers, as mapped, with the SPMC: an endpoint RX/TX
 * descriptor in the hypervisor's TX buffer, then FFA_RXTX_MAP with no
 * address.
 */
FFA_COLD static int32_t spmc_register(struct ffa_mediator *m, struct ffa_vm *vm)
{
	const uint32_t pages = vm->rxtx.pages;
	const uint32_t rx_off = align_up(FFA_ENDPOINT_RXTX_V1_1_SIZE, FFA_DESCRIPTOR_ALIGNMENT);
	uint32_t tx_off = 0;
	size_t end;
	int32_t ret = FFA_NO_MEMORY;

	m->plat->lock(m->plat->ctx, &m->hyp_buffers_lock);
	end = ffa_mem_describe_region(m, vm->id, vm->rxtx.rx_ipa, pages, rx_off);
	if (end != 0) {
		tx_off = align_up((uint32_t)end, FFA_DESCRIPTOR_ALIGNMENT);
		end = ffa_mem_describe_region(m, vm->id, vm->rxtx.tx_ipa, pages, tx_off);
	}
	if (end != 0 &&
	    ffa_endpoint_rxtx_v1_1_write(m->config.hyp_tx,
					 pages_bytes(m->config.hyp_buffer_pages), 0,
					 &(struct ffa_endpoint_rxtx_v1_1){ .endpoint_id = vm->id,
									   .rx_offset = rx_off,
									   .tx_offset = tx_off }))
		ret = ffa_spmc_rxtx_map(m, 0, 0, 0);
	m->plat->unlock(m->plat->ctx, &m->hyp_buffers_lock);
	if (ret != FFA_OK)
		ffa_log(m, FFA_LOG_WARN, "VM 0x%x: the SPMC refused its RX/TX buffers: %d", vm->id,
			ret);
	return ret;
}

/*
 * Does the SPMC keep these buffers: FF-A 1.1 with its RX ownership calls,
 * and no larger than it takes (Hafnium: one page)? Buffers it does not keep
 * work for everything but indirect messages from partitions to the VM.
 */
static bool spmc_keeps(const struct ffa_mediator *m, uint32_t pages)
{
	return m->version >= FFA_VERSION_1_1 && ffa_spmc_implements(m, FFA_RX_ACQUIRE_32) &&
	       (m->spmc_rxtx_max_pages == 0 || pages <= m->spmc_rxtx_max_pages);
}

static void unmap_buffers(struct ffa_mediator *m, struct ffa_vm_locked locked)
{
	const struct ffa_platform *p = m->plat;
	struct ffa_vm *vm = locked.vm;

	p->unmap_guest(p->ctx, vm->id, (void *)vm->rxtx.tx, vm->rxtx.pages);
	p->unmap_guest(p->ctx, vm->id, vm->rxtx.rx, vm->rxtx.pages);
	vm->rxtx.mapped = false;
	vm->rxtx.spmc_registered = false;
	vm->rxtx.spmc_acquired = false;
}

/*
 * Errors: INVALID_PARAMETERS for a page count of 0 or above the limit
 * FFA_FEATURES reports, unaligned or overlapping buffers, or memory that is
 * not the VM's; DENIED when buffers are already mapped, a page is in one
 * of the VM's memory transactions, or the VM is being destroyed; NO_MEMORY
 * or the
 * SPMC's error when registering them with the SPMC fails (nothing stays
 * mapped then).
 */
FFA_COLD int32_t ffa_handle_rxtx_map(struct ffa_call_ctx *ctx,
				     const struct ffa_rxtx_map_args *args, struct ffa_regs *out)
{
	struct ffa_mediator *m = ctx->m;
	const struct ffa_platform *p = m->plat;
	struct ffa_vm *vm = ctx->vm;
	struct ffa_vm_locked locked;
	void *tx = NULL;
	void *rx = NULL;
	int32_t ret = check_map_args(m, args);

	if (ret != FFA_OK)
		return ret;
	locked = ffa_vm_lock(m, vm);
	/*
	 * A VM being destroyed (its call raced ffa_vm_destroy) maps nothing.
	 * Nor are pages in one of the VM's memory transactions its buffers:
	 * the hypervisor keeps the two apart (FF-A 1.0 §8.4; Hafnium's
	 * api_vm_configure_pages() wants pages the VM owns exclusively), not
	 * the SPMC, which checks only that the pages are the normal world's.
	 */
	if (vm->rxtx.mapped || vm->state == FFA_VM_DYING ||
	    ffa_mem_in_transaction(m, locked, args->tx_address, args->page_count) ||
	    ffa_mem_in_transaction(m, locked, args->rx_address, args->page_count)) {
		ret = FFA_DENIED;
		goto out;
	}
	ret = p->map_guest(p->ctx, vm->id, args->tx_address, args->page_count, false, &tx);
	if (ret != FFA_OK)
		goto out;
	ret = p->map_guest(p->ctx, vm->id, args->rx_address, args->page_count, true, &rx);
	if (ret != FFA_OK) {
		p->unmap_guest(p->ctx, vm->id, tx, args->page_count);
		goto out;
	}
	vm->rxtx.tx = tx;
	vm->rxtx.rx = rx;
	vm->rxtx.pages = args->page_count;
	vm->rxtx.tx_ipa = args->tx_address;
	vm->rxtx.rx_ipa = args->rx_address;
	vm->rxtx.rx_state = FFA_RX_FREE;
	vm->rxtx.mapped = true;
	if (spmc_keeps(m, args->page_count)) {
		ret = spmc_register(m, vm);
		if (ret != FFA_OK) {
			unmap_buffers(m, locked);
			goto out;
		}
		vm->rxtx.spmc_registered = true;
	}
	ffa_encode_rxtx_map_result(&(struct ffa_rxtx_map_result){ 0 }, ctx->version, out);
out:
	ffa_vm_unlock(m, &locked);
	return ret;
}

/*
 * RX_RELEASE of a mapped RX buffer: FFA_OK, or the SPMC's answer where
 * the SPMC has a say in it.
 */
static int32_t rx_release_status(const struct ffa_mediator *m, const struct ffa_vm *vm)
{
	if (vm->rxtx.rx_state != FFA_RX_FULL)
		/*
		 * Not filled by us; the SPMC may have filled it (a partition's
		 * indirect message): it knows, and says DENIED if not.
		 */
		return vm->rxtx.spmc_registered ? ffa_spmc_rx_release(m, vm->id) : FFA_DENIED;
	/* Filled by us: given back to the SPMC if we acquired it there. */
	return vm->rxtx.spmc_acquired ? ffa_spmc_rx_release(m, vm->id) : FFA_OK;
}

/*
 * RXTX_UNMAP (unmap) or RX_RELEASE, which share their checks and their
 * lock. Errors: INVALID_PARAMETERS for a nonzero id in w1 (only a
 * hypervisor names a VM there).
 * RXTX_UNMAP: INVALID_PARAMETERS when nothing is mapped; the SPMC's error
 * (BUSY, DENIED) when it is using the VM's RX buffer and will not let it
 * go.
 * RX_RELEASE: DENIED when the VM does not own its RX buffer (neither the
 * mediator nor, as the SPMC says, a partition wrote to it; or there is
 * none); the SPMC's error if it will not take the buffer back.
 * Compiled for size: 16 bytes for 3 instructions of RX_RELEASE.
 */
FFA_COLD static int32_t own_buffers(struct ffa_call_ctx *ctx, uint16_t vm_id, bool unmap,
				    struct ffa_regs *out)
{
	struct ffa_mediator *m = ctx->m;
	struct ffa_vm *vm = ctx->vm;
	struct ffa_vm_locked locked;
	int32_t ret = FFA_OK;

	if (vm_id != 0)
		return FFA_INVALID_PARAMETERS;
	locked = ffa_vm_lock(m, vm);
	if (!vm->rxtx.mapped)
		ret = unmap ? FFA_INVALID_PARAMETERS : FFA_DENIED;
	else if (unmap)
		ret = vm->rxtx.spmc_registered ? ffa_spmc_rxtx_unmap(m, vm->id) : FFA_OK;
	else
		ret = rx_release_status(m, vm);
	if (ret == FFA_OK && unmap) {
		unmap_buffers(m, locked);
		ffa_encode_rxtx_unmap_result(&(struct ffa_rxtx_unmap_result){ 0 }, ctx->version,
					     out);
	} else if (ret == FFA_OK) {
		vm->rxtx.spmc_acquired = false;
		vm->rxtx.rx_state = FFA_RX_FREE;
		ffa_encode_rx_release_result(&(struct ffa_rx_release_result){ 0 }, ctx->version,
					     out);
	}
	ffa_vm_unlock(m, &locked);
	return ret;
}

FFA_COLD
int32_t ffa_handle_rxtx_unmap(struct ffa_call_ctx *ctx, const struct ffa_rxtx_unmap_args *args,
			      struct ffa_regs *out)
{
	return own_buffers(ctx, args->vm_id, true, out);
}

int32_t ffa_handle_rx_release(struct ffa_call_ctx *ctx, const struct ffa_rx_release_args *args,
			      struct ffa_regs *out)
{
	return own_buffers(ctx, args->vm_id, false, out);
}

/*
 * Make the VM's RX buffer the mediator's to write. BUSY when there is
 * none, the VM still owns it, or the SPMC does.
 */
int32_t ffa_rx_claim(const struct ffa_mediator *m, struct ffa_vm_locked locked)
{
	struct ffa_vm *vm = locked.vm;
	int32_t ret;

	if (!vm->rxtx.mapped || vm->rxtx.rx_state != FFA_RX_FREE)
		return FFA_BUSY;
	if (vm->rxtx.spmc_registered && !vm->rxtx.spmc_acquired) {
		ret = ffa_spmc_rx_acquire(m, vm->id);
		if (ret != FFA_OK)
			return ret == FFA_DENIED ? FFA_BUSY : ret;
		vm->rxtx.spmc_acquired = true;
	}
	return FFA_OK;
}

/* The mediator wrote the RX buffer; the VM owns it. */
void ffa_rx_fill_done(struct ffa_vm_locked vm)
{
	vm.vm->rxtx.rx_state = FFA_RX_FULL;
}

/* A claim that wrote nothing gives the buffer back: an error path, compiled for size. */
FFA_COLD void ffa_rx_unclaim(const struct ffa_mediator *m, struct ffa_vm_locked locked)
{
	struct ffa_vm *vm = locked.vm;

	if (vm->rxtx.spmc_acquired && ffa_spmc_rx_release(m, vm->id) == FFA_OK)
		vm->rxtx.spmc_acquired = false;
}

/* On vm_destroy: forget the buffers everywhere. */
FFA_COLD void ffa_rxtx_teardown(struct ffa_mediator *m, struct ffa_vm_locked vm)
{
	if (!vm.vm->rxtx.mapped)
		return;
	if (vm.vm->rxtx.spmc_registered && ffa_spmc_rxtx_unmap(m, vm.vm->id) != FFA_OK)
		ffa_log(m, FFA_LOG_WARN, "VM 0x%x: the SPMC did not unmap its buffers", vm.vm->id);
	unmap_buffers(m, vm);
}
