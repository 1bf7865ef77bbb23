#!/usr/bin/env python3
"""Exit 0 when the .NET assembly given is ReadyToRun (carries precompiled native code), 1 when it is
IL only. Reads the PE headers: a ReadyToRun image has a managed native header (the CLI header's
ManagedNativeHeader directory) that starts with the signature 'RTR'."""
import struct
import sys


def rva_to_offset(sections, rva):
    for virtual_address, virtual_size, raw_offset in sections:
        if virtual_address <= rva < virtual_address + virtual_size:
            return rva - virtual_address + raw_offset
    raise ValueError(f"RVA {rva:#x} is in no section")


def is_ready_to_run(data):
    pe = struct.unpack_from("<I", data, 0x3C)[0]
    if data[pe:pe + 4] != b"PE\0\0":
        raise ValueError("not a PE image")
    section_count, = struct.unpack_from("<H", data, pe + 6)
    optional_size, = struct.unpack_from("<H", data, pe + 20)
    optional = pe + 24
    magic, = struct.unpack_from("<H", data, optional)
    directories = optional + (96 if magic == 0x10B else 112)
    cli_rva, cli_size = struct.unpack_from("<II", data, directories + 14 * 8)
    if cli_size == 0:
        raise ValueError("not a .NET assembly")
    sections = []
    table = optional + optional_size
    for i in range(section_count):
        virtual_size, virtual_address, _, raw_offset = struct.unpack_from("<IIII", data, table + i * 40 + 8)
        sections.append((virtual_address, max(virtual_size, 1), raw_offset))
    cli = rva_to_offset(sections, cli_rva)
    native_rva, native_size = struct.unpack_from("<II", data, cli + 64)
    if native_size == 0:
        return False
    return data[rva_to_offset(sections, native_rva):][:4] == b"RTR\0"


if __name__ == "__main__":
    with open(sys.argv[1], "rb") as f:
        ready = is_ready_to_run(f.read())
    print(f"{sys.argv[1]}: {'ReadyToRun' if ready else 'IL only'}")
    sys.exit(0 if ready else 1)
