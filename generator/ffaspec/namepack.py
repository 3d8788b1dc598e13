"""The call names of ffa_dispatch.c, packed: words they share are kept once.

A name is a list of pieces, each a literal word (a string) or the index of
a shared word (an int). Shared words are chosen greedily, the one that
saves the most bytes first, from runs of whole words ("NOTIFICATION_",
"MSG_SEND_DIRECT_"); a shared word holds no other. In C, shared word k is
the byte k + 1 (below ' ', which no name has), in a 3-digit octal escape
so that a digit after it is not taken as part of it.
"""
import re

# Bytes 1 to 31 stand for shared words.
MAX_WORDS = 31


def _words(name):
    """The words of a name, each with the '_' after it."""
    return re.findall(r"[^_]+_?", name)


def _match(pieces, i, text):
    """The end of the run of literal pieces from i spelling text, or None."""
    run = ""
    j = i
    while j < len(pieces) and isinstance(pieces[j], str) and len(run) < len(text):
        run += pieces[j]
        j += 1
    return j if run == text else None


def _replace(pieces, text, k):
    out = []
    i = 0
    while i < len(pieces):
        end = _match(pieces, i, text) if isinstance(pieces[i], str) else None
        if end is not None:
            out.append(k)
            i = end
        else:
            out.append(pieces[i])
            i += 1
    return out


def _candidates(packed):
    """Every run of whole literal words, in a stable order."""
    seen = {}
    for pieces in packed:
        for i in range(len(pieces)):
            run = ""
            for piece in pieces[i:]:
                if not isinstance(piece, str):
                    break
                run += piece
                seen.setdefault(run, None)
    return list(seen)


def _gain(packed, text):
    """Bytes saved by sharing text: its uses less its own copy and NUL."""
    uses = sum(_replace(pieces, text, -1).count(-1) for pieces in packed)
    return uses * (len(text) - 1) - (len(text) + 1)


def pack(names):
    """(shared words, each name's pieces) for names, in their order."""
    packed = [_words(n) for n in names]
    shared = []
    while len(shared) < MAX_WORDS:
        # Ties go to the longer, then the alphabetically first, text.
        best = max(((_gain(packed, t), len(t), [-ord(ch) for ch in t], t)
                    for t in _candidates(packed)), default=(0, 0, [], None))
        if best[0] <= 0:
            break
        packed = [_replace(p, best[3], len(shared)) for p in packed]
        shared.append(best[3])
    return shared, packed


def c_text(pieces):
    """A packed name as the inside of a C string literal."""
    return "".join(p if isinstance(p, str) else f"\\{p + 1:03o}"
                   for p in pieces)
