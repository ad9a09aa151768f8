#!/usr/bin/python3.11
"""Print CPython 3.11's code objects for a source file in Krait's canonical text form.

    dump_code.py [-O|-OO] FILE  compile (optimize=1/2 with -O/-OO)(FILE's bytes, FILE, 'exec', dont_inherit=True), print recursively
    dump_code.py --batch     read paths from stdin; per file print one JSON line:
                             {"sha": sha256 of bytes, "dump": text} or {"sha":..., "error": [type, msg, lineno, offset]}

`./krait --dump-code FILE` prints Krait's code objects in the same form (src/Krait.Cli/DumpCode.cs).
Every co_* field is printed; co_code, co_linetable, co_exceptiontable and co_localspluskinds as hex;
constants by repr, except nested code objects (recursive) and frozensets (sorted, for determinism).
"""
import hashlib
import json
import sys
import warnings


def const_repr(v):
    t = type(v)
    if t is tuple:
        inner = ", ".join(const_repr(x) for x in v)
        return "(" + inner + ("," if len(v) == 1 else "") + ")"
    if t is frozenset:
        return "frozenset({" + ", ".join(sorted(const_repr(x) for x in v)) + "})"
    return repr(v)


def dump(co, out, indent=""):
    w = lambda s: out.append(indent + s)
    w(f"code {co.co_qualname}")
    w(f"  argcount {co.co_argcount}")
    w(f"  posonlyargcount {co.co_posonlyargcount}")
    w(f"  kwonlyargcount {co.co_kwonlyargcount}")
    w(f"  stacksize {co.co_stacksize}")
    w(f"  flags {co.co_flags:#x}")
    w(f"  firstlineno {co.co_firstlineno}")
    w(f"  filename {co.co_filename!r}")
    w(f"  name {co.co_name!r}")
    w(f"  qualname {co.co_qualname!r}")
    w(f"  names {const_repr(co.co_names)}")
    w(f"  localsplusnames {const_repr(localsplusnames(co))}")
    w(f"  localspluskinds {localspluskinds(co).hex()}")
    w(f"  varnames {const_repr(co.co_varnames)}")
    w(f"  cellvars {const_repr(co.co_cellvars)}")
    w(f"  freevars {const_repr(co.co_freevars)}")
    w(f"  nlocals {co.co_nlocals}")
    w(f"  code {co.co_code.hex()}")
    w(f"  linetable {co.co_linetable.hex()}")
    w(f"  exceptiontable {co.co_exceptiontable.hex()}")
    w(f"  consts {len(co.co_consts)}")
    for i, c in enumerate(co.co_consts):
        if type(c) is type(co):
            w(f"  [{i}]")
            dump(c, out, indent + "    ")
        else:
            w(f"  [{i}] {const_repr(c)}")


# 3.11 keeps localsplusnames/kinds private; rebuild them the way codeobject.c lays them out:
# locals (incl. cells that are arguments) first, then the remaining cells, then the free variables.
CO_FAST_LOCAL, CO_FAST_CELL, CO_FAST_FREE = 0x20, 0x40, 0x80


def localsplusnames(co):
    names = list(co.co_varnames)
    names += [c for c in co.co_cellvars if c not in co.co_varnames]
    names += list(co.co_freevars)
    return tuple(names)


def localspluskinds(co):
    kinds = []
    for n in co.co_varnames:
        kinds.append(CO_FAST_LOCAL | (CO_FAST_CELL if n in co.co_cellvars else 0))
    kinds += [CO_FAST_CELL for c in co.co_cellvars if c not in co.co_varnames]
    kinds += [CO_FAST_FREE for _ in co.co_freevars]
    return bytes(kinds)


def dump_file(path, optimize=0, mode="exec"):
    with open(path, "rb") as f:
        data = f.read()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        co = compile(data, path, mode, dont_inherit=True, optimize=optimize)
    out = []
    dump(co, out)
    return data, "\n".join(out) + "\n"


def main():
    if sys.argv[1:] == ["--batch"]:
        for line in sys.stdin:
            path = line.rstrip("\n")
            with open(path, "rb") as f:
                sha = hashlib.sha256(f.read()).hexdigest()
            try:
                _, text = dump_file(path)
                rec = {"sha": sha, "dump": text}
            except (SyntaxError, ValueError, MemoryError, RecursionError) as e:
                rec = {"sha": sha, "error": [type(e).__name__, str(getattr(e, "msg", e)),
                                             getattr(e, "lineno", None), getattr(e, "offset", None)]}
            sys.stdout.write(json.dumps(rec) + "\n")
            sys.stdout.flush()
        return
    args = sys.argv[1:]
    optimize = 0
    if args and args[0] in ("-O", "-OO"):
        optimize = len(args.pop(0)) - 1
    if len(args) != 1:
        sys.exit("usage: dump_code.py [-O|-OO] FILE | --batch")
    _, text = dump_file(args[0], optimize)
    sys.stdout.write(text)


if __name__ == "__main__":
    main()
