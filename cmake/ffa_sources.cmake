# The mediator's sources (generated dispatch plus the hand-written runtime)
# and include directories, relative to the project root FFA_ROOT: what a
# hypervisor build compiles. Used by the main build and by the system test's
# EL2 hypervisor (tests/system).
set(FFA_MEDIATOR_SOURCES
    ${FFA_ROOT}/generated/src/ffa_dispatch.c
    ${FFA_ROOT}/runtime/src/call.c
    ${FFA_ROOT}/runtime/src/features.c
    ${FFA_ROOT}/runtime/src/id.c
    ${FFA_ROOT}/runtime/src/indirect.c
    ${FFA_ROOT}/runtime/src/layout.c
    ${FFA_ROOT}/runtime/src/log.c
    ${FFA_ROOT}/runtime/src/mem.c
    ${FFA_ROOT}/runtime/src/mem_desc.c
    ${FFA_ROOT}/runtime/src/mem_frag.c
    ${FFA_ROOT}/runtime/src/mem_spmc.c
    ${FFA_ROOT}/runtime/src/mem_table.c
    ${FFA_ROOT}/runtime/src/msg.c
    ${FFA_ROOT}/runtime/src/notification.c
    ${FFA_ROOT}/runtime/src/partinfo.c
    ${FFA_ROOT}/runtime/src/rxtx.c
    ${FFA_ROOT}/runtime/src/spmc.c
    ${FFA_ROOT}/runtime/src/version.c
    ${FFA_ROOT}/runtime/src/vm.c
)
set(FFA_MEDIATOR_INCLUDES
    ${FFA_ROOT}/generated/include
    ${FFA_ROOT}/runtime/include)
