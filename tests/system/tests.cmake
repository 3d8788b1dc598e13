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

add_test(NAME system_linux
         COMMAND ${FFA_PYTHON} ${CMAKE_CURRENT_SOURCE_DIR}/run.py --build ${CMAKE_BINARY_DIR})
# The Linux runs share the guest's files (BUILD/linux/): one at a time.
set_tests_properties(system_linux PROPERTIES TIMEOUT 900 RESOURCE_LOCK linux_guest)
# system_linux_cpu_max: the same guest on QEMU's -cpu max, whose SVE, SME
# and pointer authentication EL3 and EL2 must hand to the guest untrapped.
add_test(NAME system_linux_cpu_max
         COMMAND ${FFA_PYTHON} ${CMAKE_CURRENT_SOURCE_DIR}/run.py --build ${CMAKE_BINARY_DIR}
                 --cpu max --log ${CMAKE_BINARY_DIR}/linux-cpu-max.log)
set_tests_properties(system_linux_cpu_max PROPERTIES TIMEOUT 900 RESOURCE_LOCK linux_guest)
# system_linux_hvc: the guest's PSCI method, and so its FF-A conduit, is
# HVC; the hypervisor must mediate those calls as it does SMCs.
add_test(NAME system_linux_hvc
         COMMAND ${FFA_PYTHON} ${CMAKE_CURRENT_SOURCE_DIR}/run.py --build ${CMAKE_BINARY_DIR}
                 --conduit hvc --log ${CMAKE_BINARY_DIR}/linux-hvc.log)
set_tests_properties(system_linux_hvc PROPERTIES TIMEOUT 900 RESOURCE_LOCK linux_guest)

# Variants of the Linux run (run.py --guests, --init): two guests in one
# machine, the first crashing with FF-A and OP-TEE's driver loaded (its VM's
# teardown must undo its share and buffers before the second boots); OP-TEE's
# driver loaded and removed twice in one guest (two shares, two handles).
add_test(NAME system_linux_crash_then_guest
         COMMAND ${FFA_PYTHON} ${CMAKE_CURRENT_SOURCE_DIR}/run.py --build ${CMAKE_BINARY_DIR} --guests 2
                 --init ${CMAKE_CURRENT_SOURCE_DIR}/linux/crash-first.sh --log ${CMAKE_BINARY_DIR}/linux-crash.log)
add_test(NAME system_linux_optee_twice
         COMMAND ${FFA_PYTHON} ${CMAKE_CURRENT_SOURCE_DIR}/run.py --build ${CMAKE_BINARY_DIR}
                 --init ${CMAKE_CURRENT_SOURCE_DIR}/linux/optee-twice.sh --log ${CMAKE_BINARY_DIR}/linux-optee-twice.log)
set_tests_properties(system_linux_crash_then_guest system_linux_optee_twice PROPERTIES
                     TIMEOUT 900 RESOURCE_LOCK linux_guest)
# Other Debian kernel flavours (run.py --kernel FLAVOUR: that flavour's
# newest when first fetched, then the same one from the cache): the generic
# kernel, and the 16K-page one, which needs QEMU's -cpu max (FEAT_TGran16).
add_test(NAME system_linux_generic
         COMMAND ${FFA_PYTHON} ${CMAKE_CURRENT_SOURCE_DIR}/run.py --build ${CMAKE_BINARY_DIR}
                 --kernel arm64 --log ${CMAKE_BINARY_DIR}/linux-generic.log)
add_test(NAME system_linux_16k_cpu_max
         COMMAND ${FFA_PYTHON} ${CMAKE_CURRENT_SOURCE_DIR}/run.py --build ${CMAKE_BINARY_DIR}
                 --kernel arm64-16k --cpu max --log ${CMAKE_BINARY_DIR}/linux-16k.log)
set_tests_properties(system_linux_generic system_linux_16k_cpu_max PROPERTIES
                     TIMEOUT 1800 RESOURCE_LOCK linux_guest)
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
