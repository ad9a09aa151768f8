#!/usr/bin/python3.11
"""Writes a batch of mutated-source test cases for the parser, to compare Krait with CPython.

Takes statements from the installed standard library (/usr/lib/python3.11), applies 1-3 random
token edits (delete, insert or replace a token with one of INSERTS) and writes them as a .cases
file, then records CPython's answers next to it with record_expr_cases.py. The output goes to a
scratch folder (never commit it: the snippets are the stdlib's code). Run the differential test on
it with:

    tools/fuzz_syntax_cases.py /tmp/fuzz 2000 7
    KRAIT_EXPR_CASES=/tmp/fuzz dotnet test tests/Krait.Syntax.Tests -c Release --filter Expressions
"""
import ast
import io
import os
import pathlib
import random
import subprocess
import sys
import textwrap
import tokenize

INSERTS = [',', '=', ':', '*', '**', '(', ')', '[', ']', '{', '}', 'for', 'if', 'else', 'lambda',
           'x', '1', ':=', '.', 'not', 'in', 'is', 'yield', 'await', '/', 'async', 'print', '"s"',
           'True', 'None', '+', '==', 'and', 'or', 'as', 'from', 'del', '...', '->', ';', 'match',
           'case', '_', 'c', 'f"{x}"', '\n']
SKIP = {tokenize.NEWLINE, tokenize.NL, tokenize.ENDMARKER, tokenize.COMMENT, tokenize.INDENT,
        tokenize.DEDENT}


def stdlib_files():
    files = []
    for d, _, fs in os.walk('/usr/lib/python3.11'):
        files.extend(os.path.join(d, f) for f in fs if f.endswith('.py') and 'lib2to3' not in d)
    return sorted(files)


def mutate(rng, seg):
    try:
        toks = [t for t in tokenize.generate_tokens(io.StringIO(seg).readline) if t.type not in SKIP]
    except (tokenize.TokenError, SyntaxError):
        return None
    if len(toks) < 2:
        return None
    lines = seg.splitlines(keepends=True)
    # Edit from the end so earlier positions stay valid.
    for t in sorted(rng.sample(toks, min(len(toks), rng.choice([1, 1, 2, 3]))), key=lambda t: t.start, reverse=True):
        (r, c), (er, ec) = t.start, t.end
        if er != r:
            return None
        line, ins, op = lines[r - 1], rng.choice(INSERTS), rng.random()
        if op < 0.35:
            lines[r - 1] = line[:c] + line[ec:]
        elif op < 0.7:
            lines[r - 1] = line[:c] + ins + ' ' + line[c:]
        else:
            lines[r - 1] = line[:c] + ins + line[ec:]
    case = ''.join(lines)
    return case if case.endswith('\n') else case + '\n'


def main():
    out = pathlib.Path(sys.argv[1])
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 1000
    rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 1)
    files = stdlib_files()
    cases = []
    while len(cases) < count:
        path = rng.choice(files)
        try:
            src = open(path, encoding='utf-8').read()
            tree = ast.parse(src)
        except (SyntaxError, UnicodeDecodeError, ValueError):
            continue
        stmts = [n for n in ast.walk(tree) if isinstance(n, ast.stmt) and n.end_lineno - n.lineno < 8]
        if not stmts:
            continue
        n = rng.choice(stmts)
        seg = ast.get_source_segment(src, n)
        if not seg:
            continue
        case = mutate(rng, textwrap.dedent(' ' * n.col_offset + seg))
        if case and '#---' not in case:
            cases.append(case)
    out.mkdir(parents=True, exist_ok=True)
    (out / 'fuzz.cases').write_text('#---\n'.join(cases), encoding='utf-8')
    subprocess.run([sys.executable, str(pathlib.Path(__file__).parent / 'record_expr_cases.py'), str(out)], check=True)


if __name__ == '__main__':
    main()
