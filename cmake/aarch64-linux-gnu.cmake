# Cross build for aarch64 Linux user space (the tests run under qemu-user).
# The mediator library itself is freestanding; only the test programs use
# the arm64 libc and Check (Debian's libc6:arm64 and check:arm64).
set(CMAKE_SYSTEM_NAME Linux)
set(CMAKE_SYSTEM_PROCESSOR aarch64)
set(CMAKE_C_COMPILER aarch64-linux-gnu-gcc)
set(CMAKE_LIBRARY_ARCHITECTURE aarch64-linux-gnu)
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(ENV{PKG_CONFIG_LIBDIR} /usr/lib/aarch64-linux-gnu/pkgconfig)
set(ENV{PKG_CONFIG_SYSROOT_DIR} "")
# The multiarch libc6:arm64 under / (not the cross libc): fork() works
# there under qemu-user, which Check's fork mode needs.
set(CMAKE_CROSSCOMPILING_EMULATOR qemu-aarch64;-L;/)
