/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * xen/arch/arm/tee/ffa/ffa_xen.c
 *
 * The ffa-mediator runtime as Xen's TEE mediator: everything FF-A is the
 * runtime's (runtime/, generated/); this file only backs its platform ops
 * with Xen's own functions and hooks it into the TEE mediator interface.
 *
 *  - VM id: domid + 1 (dom0 is VM 1), as Xen's own FF-A mediator does.
 *  - The runtime's VM is created at the domain's first FF-A call: only then
 *    does Xen know whether the domain is AArch64 (is_64bit_domain()).
 *  - Pages a memory transaction claims are referenced (get_page) and kept
 *    in a per-domain radix tree by gfn, so the frame is known even while a
 *    lent page is out of the p2m; RX/TX buffers are referenced and vmap'd.
 *  - Locks: Xen spinlocks placed in the runtime's lock slots. The adapter's
 *    own per-domain lock only guards its radix tree and the VM's creation.
 *  - Destroying a domain whose memory a partition still holds does not
 *    wait for the secure world: the domain stays a zombie (its pages
 *    referenced, its VM id taken) and a timer retries its teardown.
 */
#include <xen/domain_page.h>
#include <xen/errno.h>
#include <xen/init.h>
#include <xen/lib.h>
#include <xen/mm.h>
#include <xen/param.h>
#include <xen/radix-tree.h>
#include <xen/sched.h>
#include <xen/spinlock.h>
#include <xen/timer.h>
#include <xen/vmap.h>
#include <xen/xmalloc.h>

#include <asm/p2m.h>
#include <asm/regs.h>
#include <asm/smccc.h>
#include <asm/tee/tee.h>
#include <asm/vgic.h>

#include "ffa/mediator.h"

/* Per domain: the runtime's VM and the pages claimed for transactions. */
struct ffa_xen_domain {
    spinlock_t lock;
    struct ffa_vm *vm;            /* NULL until the first FF-A call */
    bool destroying;              /* ffa_vm_destroy was called */
    struct radix_tree_root claimed; /* gfn -> struct page_info * */
    unsigned long claimed_pages;
    struct domain *d;             /* referenced while its teardown waits */
};

static struct ffa_mediator *mediator;

/*
 * Domains whose teardown waits for partitions to let go of their memory:
 * the domain (a zombie, its pages still referenced) and its VM id stay
 * taken, and one timer retries them, so destroying a domain never waits
 * for the secure world.
 */
static DEFINE_SPINLOCK(dying_lock);
/* VMs the mediator is configured for (its memory grows with them). */
#define FFA_XEN_MAX_VMS FFA_DEFAULT_VMS
static struct ffa_xen_domain *dying[FFA_XEN_MAX_VMS];
static struct timer dying_timer;
#define DYING_RETRY SECONDS(1)
static void dying_poll(void *unused);

/* "ffa-verbose" on Xen's command line: one log line per FF-A call. */
static bool __initdata opt_ffa_verbose;
boolean_param("ffa-verbose", opt_ffa_verbose);

/* VM ids: domid + 1, as Xen's own FF-A mediator numbers them. */
#define VM_ID(domid) ((uint16_t)((domid) + 1))

/*
 * The FF-A domain behind a VM id, and its port state in *fd if asked:
 * rcu_unlock_domain() it after use. A dying domain is found too.
 */
static struct domain *vm_domain(uint16_t vm_id, struct ffa_xen_domain **fd)
{
    struct domain *d = vm_id ? rcu_lock_domain_by_id(vm_id - 1) : NULL;

    if ( d && !d->arch.tee )
    {
        rcu_unlock_domain(d);
        return NULL;
    }
    if ( d && fd )
        *fd = d->arch.tee;
    return d;
}

/*
 * SMCCC 1.2: x0-x17 in and out (Xen 4.17 has no arm_smccc_1_2_smc()). The
 * SPMC preserves x18-x30, so x19 holds the registers' address across it.
 */
static void ffa_xen_smc(void *ctx, struct ffa_regs *r)
{
    register struct ffa_regs *p asm("x19") = r;

    asm volatile("ldp x0, x1, [x19]; ldp x2, x3, [x19, #16]; ldp x4, x5, [x19, #32]\n\t"
		 "ldp x6, x7, [x19, #48]; ldp x8, x9, [x19, #64]; ldp x10, x11, [x19, #80]\n\t"
		 "ldp x12, x13, [x19, #96]; ldp x14, x15, [x19, #112]; ldp x16, x17, [x19, "
		 "#128]\n\t"
		 "smc #0\n\t"
		 "stp x0, x1, [x19]; stp x2, x3, [x19, #16]; stp x4, x5, [x19, #32]\n\t"
		 "stp x6, x7, [x19, #48]; stp x8, x9, [x19, #64]; stp x10, x11, [x19, #80]\n\t"
		 "stp x12, x13, [x19, #96]; stp x14, x15, [x19, #112]; stp x16, x17, [x19, #128]"
		 : "+r"(p)
		 :
		 : "x0", "x1", "x2", "x3", "x4", "x5", "x6", "x7", "x8", "x9", "x10", "x11", "x12",
		   "x13", "x14", "x15", "x16", "x17", "memory");
    BUILD_BUG_ON(sizeof(r->x) != 18 * sizeof(uint64_t));
}

/* A referenced page of normal RAM of d at gfn, or NULL. */
static struct page_info *get_ram_page(struct domain *d, gfn_t gfn,
                                      bool writable)
{
    p2m_type_t t;
    struct page_info *page = get_page_from_gfn(d, gfn_x(gfn), &t, P2M_ALLOC);

    if ( !page )
        return NULL;
    if ( t != p2m_ram_rw && (writable || t != p2m_ram_ro) )
    {
        put_page(page);
        return NULL;
    }
    return page;
}

static int32_t ffa_xen_map_guest(void *ctx, uint16_t vm_id, uint64_t ipa,
                                 uint32_t pages, bool writable, void **va)
{
    mfn_t mfns[FFA_RXTX_MAP_MAX_PAGES];
    struct domain *d = vm_domain(vm_id, NULL);
    int32_t ret = FFA_INVALID_PARAMETERS;
    uint32_t i = 0;

    if ( !d || pages == 0 || pages > ARRAY_SIZE(mfns) )
        goto out;
    for ( ; i < pages; i++ )
    {
        struct page_info *page = get_ram_page(d, gfn_add(gaddr_to_gfn(ipa), i),
                                              writable);

        if ( !page )
            goto undo;
        mfns[i] = page_to_mfn(page);
    }
    *va = __vmap(mfns, 1, pages, 1,
                 writable ? PAGE_HYPERVISOR_RW : PAGE_HYPERVISOR_RO,
                 VMAP_DEFAULT);
    if ( *va )
    {
        ret = FFA_OK;
        goto out;
    }
    ret = FFA_NO_MEMORY;
 undo:
    while ( i-- )
        put_page(mfn_to_page(mfns[i]));
 out:
    if ( d )
        rcu_unlock_domain(d);
    return ret;
}

static void ffa_xen_unmap_guest(void *ctx, uint16_t vm_id, void *va,
                                uint32_t pages)
{
    mfn_t mfns[FFA_RXTX_MAP_MAX_PAGES];
    uint32_t i;

    for ( i = 0; i < pages && i < ARRAY_SIZE(mfns); i++ )
        mfns[i] = vmap_to_mfn((char *)va + i * PAGE_SIZE);
    vunmap(va);
    while ( i-- )
        put_page(mfn_to_page(mfns[i]));
}

static int32_t ffa_xen_ipa_to_pa(void *ctx, uint16_t vm_id, uint64_t ipa,
                                 uint64_t *pa)
{
    struct ffa_xen_domain *fd;
    struct domain *d = vm_domain(vm_id, &fd);
    struct page_info *page;
    p2m_type_t t;
    mfn_t mfn = INVALID_MFN;

    if ( !d )
        return FFA_INVALID_PARAMETERS;
    spin_lock(&fd->lock);
    page = radix_tree_lookup(&fd->claimed, gfn_x(gaddr_to_gfn(ipa)));
    spin_unlock(&fd->lock);
    if ( page )
        mfn = page_to_mfn(page);
    else
    {
        mfn = p2m_lookup(d, gaddr_to_gfn(ipa), &t);
        if ( t != p2m_ram_rw && t != p2m_ram_ro )
            mfn = INVALID_MFN;
    }
    rcu_unlock_domain(d);
    if ( mfn_eq(mfn, INVALID_MFN) )
        return FFA_INVALID_PARAMETERS;
    *pa = mfn_to_maddr(mfn) | (ipa & ~PAGE_MASK);
    return FFA_OK;
}

/* Undo the claim of one page: back into the p2m if lent, then unpin. */
static void unclaim_page(struct domain *d, struct ffa_xen_domain *fd,
                         gfn_t gfn, enum ffa_mem_op op)
{
    struct page_info *page = radix_tree_delete(&fd->claimed, gfn_x(gfn));

    if ( !page )
        return;
    fd->claimed_pages--;
    /* A dying domain's p2m is going: nothing to give back to. */
    if ( op != FFA_MEM_OP_SHARE && !d->is_dying &&
         guest_physmap_add_page(d, gfn, page_to_mfn(page), 0) )
        printk(XENLOG_ERR "ffa: %pd: gfn %#"PRI_gfn" not given back\n",
               d, gfn_x(gfn));
    put_page(page);
}

static int32_t claim_page(struct domain *d, struct ffa_xen_domain *fd,
                          gfn_t gfn, enum ffa_mem_op op)
{
    struct page_info *page = get_ram_page(d, gfn, true);

    if ( !page )
        return FFA_DENIED;
    if ( radix_tree_insert(&fd->claimed, gfn_x(gfn), page) )
    {
        put_page(page);           /* claimed already, or out of memory */
        return FFA_DENIED;
    }
    fd->claimed_pages++;
    /* A lent or donated page leaves the VM's stage 2 until reclaimed. */
    if ( op != FFA_MEM_OP_SHARE &&
         guest_physmap_remove_page(d, gfn, page_to_mfn(page), 0) )
    {
        radix_tree_delete(&fd->claimed, gfn_x(gfn));
        fd->claimed_pages--;
        put_page(page);
        return FFA_DENIED;
    }
    return FFA_OK;
}

static int32_t ffa_xen_mem_claim(void *ctx, uint16_t vm_id, uint64_t ipa,
                                 uint32_t pages, enum ffa_mem_op op)
{
    struct ffa_xen_domain *fd;
    struct domain *d = vm_domain(vm_id, &fd);
    int32_t ret = FFA_OK;
    uint32_t i;

    if ( !d )
        return FFA_DENIED;
    spin_lock(&fd->lock);
    for ( i = 0; i < pages && ret == FFA_OK; i++ )
        ret = claim_page(d, fd, gfn_add(gaddr_to_gfn(ipa), i), op);
    if ( ret != FFA_OK )
        for ( i--; i-- > 0; )     /* page i failed and holds nothing */
            unclaim_page(d, fd, gfn_add(gaddr_to_gfn(ipa), i), op);
    spin_unlock(&fd->lock);
    rcu_unlock_domain(d);
    return ret;
}

static void ffa_xen_mem_unclaim(void *ctx, uint16_t vm_id, uint64_t ipa,
                                uint32_t pages, enum ffa_mem_op op)
{
    struct ffa_xen_domain *fd;
    struct domain *d = vm_domain(vm_id, &fd);
    uint32_t i;

    if ( !d )
        return;
    spin_lock(&fd->lock);
    for ( i = 0; i < pages; i++ )
        unclaim_page(d, fd, gfn_add(gaddr_to_gfn(ipa), i), op);
    spin_unlock(&fd->lock);
    rcu_unlock_domain(d);
}

static uint64_t ffa_xen_va_to_pa(void *ctx, const void *va)
{
    return virt_to_maddr(va);
}

static spinlock_t *xen_lock(struct ffa_lock *lock)
{
    BUILD_BUG_ON(sizeof(spinlock_t) > sizeof(lock->opaque));
    return (spinlock_t *)lock->opaque;
}

static void ffa_xen_lock_init(void *ctx, struct ffa_lock *lock)
{
    spin_lock_init(xen_lock(lock));
}

static void ffa_xen_lock(void *ctx, struct ffa_lock *lock)
{
    spin_lock(xen_lock(lock));
}

static void ffa_xen_unlock(void *ctx, struct ffa_lock *lock)
{
    spin_unlock(xen_lock(lock));
}

static void ffa_xen_inject_virq(void *ctx, uint16_t vm_id, uint16_t vcpu,
                                uint32_t intid)
{
    struct domain *d = vm_domain(vm_id, NULL);

    if ( !d )
        return;
    if ( vcpu < d->max_vcpus && d->vcpu[vcpu] )
        vgic_inject_irq(d, d->vcpu[vcpu], intid, true);
    rcu_unlock_domain(d);
}

/*
 * The runtime's line, formatted by Xen's own vsnprintf (the runtime's
 * formats keep to what every printf formats alike: platform.h), then
 * printed whole with its level: a printk() of the level and a vprintk() of
 * the line could interleave with another CPU's output.
 */
static void ffa_xen_vlog(void *ctx, enum ffa_log_level level, const char *fmt,
                         va_list ap)
{
    static const char *const prefix[] = {
        [FFA_LOG_ERROR] = XENLOG_ERR, [FFA_LOG_WARN] = XENLOG_WARNING,
        [FFA_LOG_INFO] = XENLOG_INFO, [FFA_LOG_VERBOSE] = XENLOG_DEBUG,
    };
    char line[192];

    vsnprintf(line, sizeof(line), fmt, ap);
    printk("%sffa: %s\n", prefix[level], line);
}

static const struct ffa_platform platform = {
    .smc = ffa_xen_smc,
    .map_guest = ffa_xen_map_guest,
    .unmap_guest = ffa_xen_unmap_guest,
    .ipa_to_pa = ffa_xen_ipa_to_pa,
    .mem_claim = ffa_xen_mem_claim,
    .mem_unclaim = ffa_xen_mem_unclaim,
    .va_to_pa = ffa_xen_va_to_pa,
    .lock_init = ffa_xen_lock_init,
    .lock = ffa_xen_lock,
    .unlock = ffa_xen_unlock,
    .inject_virq = ffa_xen_inject_virq,
    .vlog = ffa_xen_vlog,
};

static bool ffa_xen_probe(void)
{
    struct ffa_config config = {
        .hyp_buffer_pages = 1,
        .log_level = opt_ffa_verbose ? FFA_LOG_VERBOSE : FFA_LOG_INFO,
        .max_vms = FFA_XEN_MAX_VMS,
    };
    int32_t ret;

    /* FF-A's register use is SMCCC 1.2's. */
    if ( smccc_ver < ARM_SMCCC_VERSION_1_2 )
        return false;
    config.hyp_rx = alloc_xenheap_page();
    config.hyp_tx = alloc_xenheap_page();
    mediator = _xzalloc(ffa_mediator_size(&config), FFA_MEDIATOR_ALIGN);
    ret = config.hyp_rx && config.hyp_tx && mediator ?
          ffa_mediator_init(mediator, ffa_mediator_size(&config), &platform,
                            &config) : FFA_NO_MEMORY;
    if ( ret != FFA_OK )
    {
        printk(XENLOG_INFO "ffa: no FF-A mediation: %d\n", ret);
        free_xenheap_page(config.hyp_rx);
        free_xenheap_page(config.hyp_tx);
        xfree(mediator);
        mediator = NULL;
        return false;
    }
    init_timer(&dying_timer, dying_poll, NULL, smp_processor_id());
    printk(XENLOG_INFO "ffa: mediator up, FF-A %#x with the SPMC, %u partitions\n",
           ffa_mediator_spmc_version(mediator),
           ffa_mediator_partition_count(mediator));
    return true;
}

static int ffa_xen_domain_init(struct domain *d)
{
    struct ffa_xen_domain *fd = xzalloc(struct ffa_xen_domain);

    if ( !fd )
        return -ENOMEM;
    spin_lock_init(&fd->lock);
    radix_tree_init(&fd->claimed);
    d->arch.tee = fd;
    printk(XENLOG_INFO "ffa: %pd is VM %#x\n", d, VM_ID(d->domain_id));
    return 0;
}

/* The runtime's VM of the calling domain, created at its first call. */
static struct ffa_vm *current_vm(struct domain *d, struct ffa_xen_domain *fd)
{
    int32_t status = FFA_OK;

    spin_lock(&fd->lock);
    if ( !fd->vm && !fd->destroying )
    {
        fd->vm = ffa_vm_create(mediator, VM_ID(d->domain_id),
                               is_64bit_domain(d), d->max_vcpus, &status);
        if ( !fd->vm )
            printk(XENLOG_ERR "ffa: %pd: no VM: %d\n", d, status);
    }
    spin_unlock(&fd->lock);
    return fd->vm;
}

static bool ffa_xen_handle_call(struct cpu_user_regs *regs)
{
    struct domain *d = current->domain;
    struct ffa_xen_domain *fd = d->arch.tee;
    /* An AArch32 guest's r15 is its PC: only r0-r7 carry FF-A values. */
    unsigned int n = is_64bit_domain(d) ? FFA_REG_COUNT : 8, i;
    struct ffa_regs r = { { 0 } };
    struct ffa_vm *vm;

    if ( !fd || !(vm = current_vm(d, fd)) )
        return false;
    for ( i = 0; i < n; i++ )
        r.x[i] = get_user_reg(regs, i);
    if ( !ffa_handle_call(mediator, vm, current->vcpu_id, &r) )
        return false;
    for ( i = 0; i < n; i++ )
        set_user_reg(regs, i, r.x[i]);
    return true;
}

static void put_claimed_page(void *page)
{
    put_page(page);
}

/* The end of a domain's teardown: what is left claimed was never given away. */
static void torn_down(struct domain *d, struct ffa_xen_domain *fd, int32_t ret)
{
    printk(XENLOG_INFO "ffa: %pd (VM %#x) torn down: destroy %d, %lu pages still claimed\n",
           d, VM_ID(d->domain_id), ret, fd->claimed_pages);
    radix_tree_destroy(&fd->claimed, put_claimed_page);
    d->arch.tee = NULL;
    xfree(fd);
}

static void dying_poll(void *unused)
{
    bool again = false;
    unsigned int i;

    spin_lock(&dying_lock);
    for ( i = 0; i < ARRAY_SIZE(dying); i++ )
    {
        struct ffa_xen_domain *fd = dying[i];
        struct domain *d;

        if ( !fd )
            continue;
        if ( ffa_vm_destroy_poll(mediator, fd->vm) != FFA_OK )
        {
            again = true;
            continue;
        }
        dying[i] = NULL;
        d = fd->d;
        torn_down(d, fd, FFA_OK);
        put_domain(d);
    }
    spin_unlock(&dying_lock);
    if ( again )
        set_timer(&dying_timer, NOW() + DYING_RETRY);
}

/* Wait for the partitions in the background; false when no slot is free. */
static bool wait_for_partitions(struct domain *d, struct ffa_xen_domain *fd)
{
    unsigned int i;

    spin_lock(&dying_lock);
    for ( i = 0; i < ARRAY_SIZE(dying) && dying[i]; i++ )
        continue;
    if ( i < ARRAY_SIZE(dying) )
    {
        get_knownalive_domain(d);
        fd->d = d;
        dying[i] = fd;
        set_timer(&dying_timer, NOW() + DYING_RETRY);
    }
    spin_unlock(&dying_lock);
    return i < ARRAY_SIZE(dying);
}

/* Called again while it returns -ERESTART. */
static int ffa_xen_relinquish_resources(struct domain *d)
{
    struct ffa_xen_domain *fd = d->arch.tee;
    int32_t ret = FFA_OK;

    if ( !fd )
        return 0;
    if ( fd->vm )
    {
        ret = fd->destroying ? ffa_vm_destroy_poll(mediator, fd->vm)
                             : ffa_vm_destroy(mediator, fd->vm);
        fd->destroying = true;
    }
    if ( ret != FFA_RETRY )
        torn_down(d, fd, ret);
    else if ( wait_for_partitions(d, fd) )
        printk(XENLOG_INFO "ffa: %pd (VM %#x): partitions still hold some of its memory; "
               "its teardown goes on in the background\n", d, VM_ID(d->domain_id));
    else
        return -ERESTART;
    return 0;
}

static const struct tee_mediator_ops ffa_xen_ops = {
    .probe = ffa_xen_probe,
    .domain_init = ffa_xen_domain_init,
    .relinquish_resources = ffa_xen_relinquish_resources,
    .handle_call = ffa_xen_handle_call,
};

REGISTER_TEE_MEDIATOR(ffa, "FF-A (ffa-mediator)", XEN_DOMCTL_CONFIG_TEE_FFA,
                      &ffa_xen_ops);
