#!/usr/bin/python3.11
"""Records the expected result of every case in cases.txt with CPython 3.11 (the oracle).

Run: /usr/bin/python3.11 record.py (the oracle is 3.11.2; a newer 3.11.x on PATH differs)   (writes expected.txt next to this file; never edit that by hand)
A case is '#### name [mode]' followed by its source; mode is exec (default), eval, single or
func_type. The result is ast.dump(..., include_attributes=True), or for a syntax error
'ErrorType|msg|lineno|offset|end_lineno|end_offset'.
"""
import ast, os, sys

here = os.path.dirname(os.path.abspath(__file__))


def parse_cases(text):
    cases, name, mode, lines = [], None, None, []
    for line in text.splitlines(keepends=True):
        if line.startswith('#### '):
            if name is not None:
                cases.append((name, mode, ''.join(lines)))
            parts = line[5:].split()
            name, mode, lines = parts[0], parts[1] if len(parts) > 1 else 'exec', []
        else:
            lines.append(line)
    if name is not None:
        cases.append((name, mode, ''.join(lines)))
    return cases


def result(src, mode):
    try:
        tree = compile(src.encode('utf-8'), '<case>', mode, ast.PyCF_ONLY_AST)
        return ast.dump(tree, include_attributes=True)
    except SyntaxError as e:
        return f'{type(e).__name__}|{e.msg}|{e.lineno}|{e.offset}|{e.end_lineno}|{e.end_offset}'


def main():
    assert sys.version_info[:2] == (3, 11), 'record with python3.11'
    with open(os.path.join(here, 'cases.txt'), encoding='utf-8') as f:
        cases = parse_cases(f.read())
    names = set()
    with open(os.path.join(here, 'expected.txt'), 'w', encoding='utf-8') as out:
        for name, mode, src in cases:
            assert name not in names, f'duplicate case {name}'
            names.add(name)
            out.write(f'#### {name}\n{result(src, mode)}\n')
    print(f'{len(cases)} cases recorded')


main()
