"""Every C name is formed here, from the spec's kebab-case names."""


# C keywords a spec word may collide with; such names get a trailing "_".
C_KEYWORDS = frozenset("""
    auto break case char const continue default do double else enum extern
    float for goto if inline int long register restrict return short signed
    sizeof static struct switch typedef union unsigned void volatile while
    bool true false
""".split())


def c_lower(name):
    """mem-share -> mem_share; continue -> continue_"""
    out = name.replace("-", "_").replace(".", "_").lower()
    return out + "_" if out in C_KEYWORDS else out


def c_upper(name):
    """mem-share -> MEM_SHARE"""
    return c_lower(name).upper()


def version_enum(version):
    """(1, 2) -> FFA_VERSION_1_2"""
    return f"FFA_VERSION_{version[0]}_{version[1]}"


def version_value(version):
    return (version[0] << 16) | version[1]


def version_str(version):
    return f"{version[0]}.{version[1]}"


def function_id_macro(name, smc64):
    """mem-share, True -> FFA_MEM_SHARE_64"""
    return f"FFA_{c_upper(name)}_{64 if smc64 else 32}"


def status_enum(name):
    """invalid-parameters -> FFA_INVALID_PARAMETERS"""
    return f"FFA_{c_upper(name)}"


def args_struct(name):
    return f"ffa_{c_lower(name)}_args"


def result_struct(name):
    return f"ffa_{c_lower(name)}_result"


def alias_ctype(name):
    """endpoint-id -> ffa_endpoint_id_t"""
    return f"ffa_{c_lower(name)}_t"


def layout_struct(struct_name, version):
    """mem-transaction, (1, 1) -> ffa_mem_transaction_v1_1"""
    return f"ffa_{c_lower(struct_name)}_v{version[0]}_{version[1]}"


BUILTIN_C_TYPES = {
    "u8": "uint8_t",
    "u16": "uint16_t",
    "u32": "uint32_t",
    "u64": "uint64_t",
    "bool": "bool",
    "uuid": "struct ffa_uuid",
    "status": "int32_t",
}

BUILTIN_BITS = {"u8": 8, "u16": 16, "u32": 32, "u64": 64, "bool": 1,
                "uuid": 128, "status": 32}


def uint_for_bits(bits):
    """Smallest fixed-width unsigned C type holding `bits` bits."""
    for width in (8, 16, 32, 64):
        if bits <= width:
            return f"uint{width}_t"
    raise ValueError(bits)
