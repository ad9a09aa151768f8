#!/usr/bin/python3.11
"""CPython 3.11's symbol table in Krait's canonical text form (compare `./krait --dump-symtable FILE`).

  dump_symtable.py FILE          prints the table of FILE (or its SyntaxError) on stdout
  --mode exec|eval|single        compile mode (exec by default), before the other arguments
  dump_symtable.py --oracle      reads paths on stdin, writes one JSON line per path:
                                   {"sha": SHA-256 of the bytes, "dump": SHA-256 of the text}
                                   {"sha": ..., "parse_error": "..."}  when ast.parse fails
  dump_symtable.py --oracle --full   the same with the dump text itself in "dump"
  --code-flags (before --oracle or FILE)   instead of the table, the flags compile() derives from
                                 it: one line "co_name co_firstlineno FLAGS" per function code
                                 object (CO_OPTIMIZED), sorted, FLAGS masked to CO_OPTIMIZED,
                                 CO_NEWLOCALS, CO_VARARGS, CO_VARKEYWORDS, CO_NESTED, CO_GENERATOR,
                                 CO_COROUTINE, CO_ASYNC_GENERATOR

Format, one table after another in preorder (children in ste_children order):
  table TYPE NAME line=LINENO nested=0|1 optimized=0|1 children=N
    varnames: NAME NAME ...
    sym NAME flags=RAW scope=SCOPE      (RAW is Symbol._Symbol__flags, scope bits included)
CPython adds the free variables that only pass through a block (flags exactly FREE << SCOPE_OFF)
at the end of its symbols in set order, which changes from run to run; that trailing run is
printed sorted by name. A SyntaxError prints one line:
  error: SyntaxError: MSG (LINENO, OFFSET, END_LINENO, END_OFFSET) text=repr(TEXT)
(CPython reads TEXT, the source line, from the file.)
"""
import ast
import hashlib
import json
import sys
import _symtable

TYPES = {_symtable.TYPE_FUNCTION: "function", _symtable.TYPE_CLASS: "class", _symtable.TYPE_MODULE: "module"}
PASS_THROUGH = _symtable.FREE << _symtable.SCOPE_OFF


def dump_table(t, out):
    out.append(f"table {TYPES.get(t.type, t.type)} {t.name} line={t.lineno} nested={int(bool(t.nested))} "
               f"optimized={int(t.type == _symtable.TYPE_FUNCTION)} children={len(t.children)}")
    out.append("  varnames: " + " ".join(t.varnames))
    items = list(t.symbols.items())
    k = len(items)
    while k > 0 and items[k - 1][1] == PASS_THROUGH:
        k -= 1
    items[k:] = sorted(items[k:])
    for name, flags in items:
        scope = (flags >> _symtable.SCOPE_OFF) & _symtable.SCOPE_MASK
        out.append(f"  sym {name} flags={flags} scope={scope}")
    for c in t.children:
        dump_table(c, out)


MODE = "exec"
CODE_FLAGS = False
FLAG_MASK = 0x1 | 0x2 | 0x4 | 0x8 | 0x10 | 0x20 | 0x80 | 0x200


def dump_code_flags(data, path):
    try:
        top = compile(data, path, MODE, dont_inherit=True)
    except SyntaxError as e:
        return f"error: {type(e).__name__}: {e.msg}\n"
    except RecursionError as e:
        return f"error: RecursionError: {e}\n"
    lines = []
    stack = [top]
    while stack:
        co = stack.pop()
        if co.co_flags & 0x1:
            lines.append(f"{co.co_name} {co.co_firstlineno} {co.co_flags & FLAG_MASK:#x}")
        stack.extend(c for c in co.co_consts if hasattr(c, "co_code"))
    lines.sort()
    return "".join(l + "\n" for l in lines)


def dump_source(data, path):
    if CODE_FLAGS:
        return dump_code_flags(data, path)
    out = []
    try:
        top = _symtable.symtable(data, path, MODE)
    except SyntaxError as e:
        return (f"error: {type(e).__name__}: {e.msg} ({e.lineno}, {e.offset}, {e.end_lineno}, {e.end_offset})"
                f" text={e.text!r}\n")
    dump_table(top, out)
    return "\n".join(out) + "\n"


def oracle(full):
    for line in sys.stdin:
        path = line.rstrip("\n")
        if not path:
            continue
        with open(path, "rb") as f:
            data = f.read()
        rec = {"sha": hashlib.sha256(data).hexdigest()}
        text = None
        try:
            ast.parse(data, path, MODE)
        except (SyntaxError, ValueError, MemoryError, RecursionError) as e:
            rec["parse_error"] = f"{type(e).__name__}: {e}"
        if "parse_error" not in rec:
            text = dump_source(data, path)
            if CODE_FLAGS and text.startswith("error:"):
                # compile() errors of the code generator: nothing to compare.
                rec["parse_error"] = text
                text = None
        if text is not None:
            rec["dump"] = text if full else hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
        sys.stdout.write(json.dumps(rec, ensure_ascii=True) + "\n")
        sys.stdout.flush()


def main():
    global MODE, CODE_FLAGS
    args = sys.argv[1:]
    if args[:1] == ["--mode"] and len(args) >= 2:
        MODE = args[1]
        args = args[2:]
    if args[:1] == ["--code-flags"]:
        CODE_FLAGS = True
        args = args[1:]
    if args and args[0] == "--oracle":
        oracle("--full" in args)
        return
    if len(args) != 1:
        sys.exit("usage: dump_symtable.py FILE | --oracle [--full]")
    with open(args[0], "rb") as f:
        data = f.read()
    sys.stdout.write(dump_source(data, args[0]))


if __name__ == "__main__":
    main()
