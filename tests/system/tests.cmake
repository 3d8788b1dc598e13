# ctest entries: the whole machine under qemu-system-aarch64.
#
# system_scenario_NAME: tests/conformance/NAME.yaml played by the scenario
# runner against this build's EL3 firmware and EL2 hypervisor (the engine
# is the machine itself, tests/system/scenario-engine), one QEMU each.
# system_linux: the Debian kernel through the mediator (tests/system/run.py;
# its first run downloads the kernel into ~/.cache/ffa-mediator).
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
set_tests_properties(system_linux PROPERTIES TIMEOUT 900)
