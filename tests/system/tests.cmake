# ctest entries: the machine booted under qemu-system-aarch64 (see ./run test).
