# ctest entries: the whole machine under qemu-system-aarch64.
#
# system_scenario_NAME: tests/conformance/NAME.yaml played by the scenario
# runner against this build's EL3 firmware and EL2 hypervisor (the engine
# is the machine itself, tests/system/scenario-engine), one QEMU each.
# system_linux: the Debian kernel through the mediator (tests/system/run.py;
# its first run downloads the kernel into ~/.cache/ffa-mediator).
# Scenarios not written for the simulated SPMC (firmware: without sim) are
# skipped by the runner itself.
set(FFA_ROOT ${CMAKE_CURRENT_SOURCE_DIR}/../..)
file(GLOB SYSTEM_SCENARIOS CONFIGURE_DEPENDS ${FFA_ROOT}/tests/conformance/*.yaml)
foreach(scenario ${SYSTEM_SCENARIOS})
  get_filename_component(name ${scenario} NAME_WE)
  add_test(NAME system_scenario_${name}
           COMMAND ${FFA_PYTHON} ${FFA_ROOT}/tests/scenario/scenario.py
                   --engine ${CMAKE_CURRENT_SOURCE_DIR}/scenario-engine ${scenario})
  set_tests_properties(system_scenario_${name} PROPERTIES TIMEOUT 120
      ENVIRONMENT "FFA_SYSTEM_BUILD=${CMAKE_BINARY_DIR}")
endforeach()

# system_run_py: run.py's watchdog and console checks, without QEMU.
add_test(NAME system_run_py COMMAND ${FFA_PYTHON} ${CMAKE_CURRENT_SOURCE_DIR}/test_run.py)
set_tests_properties(system_run_py PROPERTIES TIMEOUT 120 ENVIRONMENT "PYTHONDONTWRITEBYTECODE=1")
# system_xen_py: xen.py's reading of the shared console, without QEMU or Xen.
add_test(NAME system_xen_py COMMAND ${FFA_PYTHON} ${CMAKE_CURRENT_SOURCE_DIR}/xen/test_xen.py)
set_tests_properties(system_xen_py PROPERTIES TIMEOUT 60 ENVIRONMENT "PYTHONDONTWRITEBYTECODE=1")

# system_scenario_smccc_preserved_clobbered: the test of that scenario's
# check on the machine, where x8..x17 go through the guest's real
# registers (eret, SMC trap, HVC trap): with the hypervisor made to zero
# them after each of the mediator's replies (FFA_SYSTEM_FAULT, sys/testfault.h)
# the runner must report them not preserved.
add_test(NAME system_scenario_smccc_preserved_clobbered
         COMMAND ${FFA_PYTHON} ${FFA_ROOT}/tests/scenario/scenario.py
                 --engine ${CMAKE_CURRENT_SOURCE_DIR}/scenario-engine ${FFA_ROOT}/tests/conformance/smccc_preserved.yaml)
set_tests_properties(system_scenario_smccc_preserved_clobbered PROPERTIES TIMEOUT 120
    ENVIRONMENT "FFA_SYSTEM_BUILD=${CMAKE_BINARY_DIR};FFA_SYSTEM_FAULT=clobber_x8_x17"
    PASS_REGULAR_EXPRESSION "x8 = 0x0: no part of this reply, so the caller's 0xa08 must be preserved")

# The machine's engine answers as the host's does (tests/scenario/engine_answers.py).
add_test(NAME system_engine_answers
         COMMAND ${FFA_PYTHON} ${FFA_ROOT}/tests/scenario/engine_answers.py
                 --engine ${CMAKE_CURRENT_SOURCE_DIR}/scenario-engine)
set_tests_properties(system_engine_answers PROPERTIES TIMEOUT 180
    ENVIRONMENT "FFA_SYSTEM_BUILD=${CMAKE_BINARY_DIR}")

add_test(NAME system_linux
         COMMAND ${FFA_PYTHON} ${CMAKE_CURRENT_SOURCE_DIR}/run.py --build ${CMAKE_BINARY_DIR})
# The Linux runs share the guest's files (BUILD/linux/): one at a time.
set_tests_properties(system_linux PROPERTIES TIMEOUT 900 RESOURCE_LOCK linux_guest)
# system_linux_NAME: the same guest with run.py's ARGS, its console in
# BUILD/linux-NAME.log. With FAULT, the machine runs with that fault
# injected (FFA_SYSTEM_FAULT, sys/testfault.h) and passes when run.py's
# verdict has the line EXPECT: the proof that a check bites. TIMEOUT:
# ctest's limit in seconds (default 900; a kernel's first download needs more).
function(ffa_linux_variant name)
  cmake_parse_arguments(V "" "FAULT;EXPECT;TIMEOUT" "ARGS" ${ARGN})
  if(NOT V_TIMEOUT)
    set(V_TIMEOUT 900)
  endif()
  add_test(NAME system_linux_${name}
           COMMAND ${FFA_PYTHON} ${CMAKE_CURRENT_SOURCE_DIR}/run.py --build ${CMAKE_BINARY_DIR}
                   ${V_ARGS} --log ${CMAKE_BINARY_DIR}/linux-${name}.log)
  set_tests_properties(system_linux_${name} PROPERTIES TIMEOUT ${V_TIMEOUT} RESOURCE_LOCK linux_guest)
  if(V_FAULT)
    set_tests_properties(system_linux_${name} PROPERTIES ENVIRONMENT "FFA_SYSTEM_FAULT=${V_FAULT}"
                         PASS_REGULAR_EXPRESSION "${V_EXPECT}")
  endif()
endfunction()

# QEMU's -cpu max, whose SVE, SME and pointer authentication EL3 and EL2
# must hand to the guest untrapped.
ffa_linux_variant(cpu_max ARGS --cpu max)
# EL3 made to leave SVE trapped there: the first SVE access below it (EL2
# setting ZCR_EL2) must stop the machine with a panic naming the trap
# (EC 0x19) and where it happened (a real ELR, not 0).
ffa_linux_variant(el3_panic_report ARGS --cpu max FAULT el3_trap_sve
    EXPECT "FAIL  no PANIC of EL3 or EL2, but: el3: PANIC: unexpected exception from EL2: ESR 0x66[0-9a-f]+ ELR 0x402[0-9a-f]+ FAR")
# The guest's PSCI method, and so its FF-A conduit, is HVC: the hypervisor
# must mediate those calls as it does SMCs.
ffa_linux_variant(hvc ARGS --conduit hvc)
# The proof that those checks need the mediator: with HVCs sent to EL3 as
# they are, Linux still says it found FF-A 1.2, and the check must fail.
ffa_linux_variant(hvc_unmediated ARGS --conduit hvc FAULT hvc_to_el3
    EXPECT "FAIL  Linux's FF-A driver found FF-A 1.2, from the mediator")

# Variants of the Linux run (run.py --guests, --init): two guests in one
# machine, the first crashing with FF-A and OP-TEE's driver loaded (its VM's
# teardown must undo its share and buffers before the second boots); OP-TEE's
# driver loaded and removed twice in one guest (two shares, two handles).
ffa_linux_variant(crash_then_guest ARGS --guests 2 --init ${CMAKE_CURRENT_SOURCE_DIR}/linux/crash-first.sh)
ffa_linux_variant(optee_twice ARGS --init ${CMAKE_CURRENT_SOURCE_DIR}/linux/optee-twice.sh)
# Other Debian kernel flavours (run.py --kernel FLAVOUR: that flavour's
# newest when first fetched, then the same one from the cache): the generic
# kernel, and the 16K-page one, which needs QEMU's -cpu max (FEAT_TGran16).
ffa_linux_variant(generic ARGS --kernel arm64 TIMEOUT 1800)
ffa_linux_variant(16k_cpu_max ARGS --kernel arm64-16k --cpu max TIMEOUT 1800)
# linux/prepare.py's kernel choice (flavours, layouts, defaults that do not
# stick, the error that lists what exists), without the network.
add_test(NAME system_linux_prepare_unit
         COMMAND ${FFA_PYTHON} ${CMAKE_CURRENT_SOURCE_DIR}/linux/test_prepare.py)

# system_real_FIRMWARE_linux and system_real_FIRMWARE_scenario_NAME: the
# same machine with real secure firmware built from Debian's sources
# (firmware/firmware.py; ./run test builds it first, into
# ~/.cache/ffa-mediator/firmware): optee, OP-TEE as the SPMC (configuration
# A); tfa, TF-A's EL3 SPMC with OP-TEE as a partition (B). Scenarios run
# there when their firmware: list names it. The secure UART of each run is
# kept in BUILD/real/.
option(FFA_REAL_FIRMWARE "system tests on real OP-TEE and TF-A" ON)
if(FFA_REAL_FIRMWARE)
  file(MAKE_DIRECTORY ${CMAKE_BINARY_DIR}/real)
  foreach(fw optee tfa)
    add_test(NAME system_real_${fw}_linux
             COMMAND ${FFA_PYTHON} ${CMAKE_CURRENT_SOURCE_DIR}/run.py --build ${CMAKE_BINARY_DIR}
                     --firmware ${fw} --log ${CMAKE_BINARY_DIR}/real/linux-${fw}.log)
    set_tests_properties(system_real_${fw}_linux PROPERTIES TIMEOUT 900 RESOURCE_LOCK linux_guest)
    foreach(scenario ${SYSTEM_SCENARIOS})
      get_filename_component(name ${scenario} NAME_WE)
      file(STRINGS ${scenario} written_for REGEX "^firmware:.*${fw}")
      if(written_for)
        add_test(NAME system_real_${fw}_scenario_${name}
                 COMMAND ${FFA_PYTHON} ${FFA_ROOT}/tests/scenario/scenario.py
                         --engine ${CMAKE_CURRENT_SOURCE_DIR}/scenario-engine ${scenario})
        set_tests_properties(system_real_${fw}_scenario_${name} PROPERTIES TIMEOUT 300
            ENVIRONMENT "FFA_SYSTEM_BUILD=${CMAKE_BINARY_DIR};FFA_FIRMWARE=${fw};FFA_SECURE_LOG=${CMAKE_BINARY_DIR}/real/${fw}-${name}.secure.log")
      endif()
    endforeach()
  endforeach()
endif()

# The crash-then-guest run judged by real OP-TEE: the crashed VM's share,
# which OP-TEE's driver left open, and its buffers must go through OP-TEE
# ("Removing guest 1") before VM 2 boots.
if(FFA_REAL_FIRMWARE)
  add_test(NAME system_real_optee_linux_crash_then_guest
           COMMAND ${FFA_PYTHON} ${CMAKE_CURRENT_SOURCE_DIR}/run.py --build ${CMAKE_BINARY_DIR} --firmware optee
                   --guests 2 --init ${CMAKE_CURRENT_SOURCE_DIR}/linux/crash-first.sh
                   --log ${CMAKE_BINARY_DIR}/real/linux-optee-crash.log)
  set_tests_properties(system_real_optee_linux_crash_then_guest PROPERTIES TIMEOUT 900 RESOURCE_LOCK linux_guest)
endif()

# system_xen_*: the mediator built into Debian bookworm's Xen 4.17.5 through
# ports/xen (tests/system/xen/xen.py). system_xen_boot fetches (first run
# only) and builds Xen, boots it with dom0 and two dom0less domUs once and
# asserts QEMU's exit status; the others judge that boot's console.
add_test(NAME system_xen_boot
         COMMAND ${FFA_PYTHON} ${CMAKE_CURRENT_SOURCE_DIR}/xen/xen.py boot --build ${CMAKE_BINARY_DIR})
# The Linux guest's files and download cache are shared: one at a time.
set_tests_properties(system_xen_boot PROPERTIES TIMEOUT 2400 FIXTURES_SETUP xen_boot
                     RESOURCE_LOCK linux_guest)
foreach(group dom0 domu teardown lend)
  add_test(NAME system_xen_${group}
           COMMAND ${FFA_PYTHON} ${CMAKE_CURRENT_SOURCE_DIR}/xen/xen.py check ${group} --build ${CMAKE_BINARY_DIR})
  set_tests_properties(system_xen_${group} PROPERTIES TIMEOUT 60 FIXTURES_REQUIRED xen_boot)
endforeach()
