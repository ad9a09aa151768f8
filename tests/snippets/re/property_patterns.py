import re

# Many generated patterns × subjects: results must equal CPython's exactly.
state = 12345
def rnd(n):
    global state
    state = (state * 1103515245 + 12345) & 0x7fffffff
    return (state >> 8) % n

atoms = ['a', 'b', '.', '[ab]', '[^a]', r'\w', r'\W', r'\d', r'\s', r'\b', r'\B', '^', '$', 'A', 'é', '[a-cX-Z]']
def gen(depth):
    k = rnd(11 if depth < 3 else 4)
    if k < 4:
        return atoms[rnd(len(atoms))]
    if k == 4:
        return gen(depth + 1) + gen(depth + 1)
    if k == 5:
        return '(' + gen(depth + 1) + ')'
    if k == 6:
        return '(?:' + gen(depth + 1) + '|' + gen(depth + 1) + ')'
    if k == 7:
        return '(' + gen(depth + 1) + ')' + ['*', '+', '?', '*?', '+?', '??', '{1,2}', '*+', '++'][rnd(9)]
    if k == 8:
        return atoms[rnd(len(atoms))] + ['*', '+', '?', '*?', '+?', '{2}', '*+'][rnd(7)]
    if k == 9:
        return ['(?=', '(?!', '(?>', '(?<=', '(?<!'][rnd(5)] + 'a' + ')'
    return gen(depth + 1) + '|' + gen(depth + 1)

subjects = ['', 'a', 'ab', 'aab', 'baba', 'a\nb', 'ABC', 'aaaa', 'éÉe', 'a b', '12ab', 'ba\n']
for i in range(150):
    pat = gen(0)
    flags = [0, re.I, re.M, re.S, re.A][rnd(5)]
    try:
        p = re.compile(pat, flags)
    except re.error as e:
        print(i, repr(pat), 'error', e)
        continue
    out = []
    for s in subjects:
        m = p.search(s)
        out.append((m and (m.span(), m.groups(), m.lastindex), p.findall(s), p.sub('-', s), p.split(s)))
        f = p.fullmatch(s)
        out.append(f and f.span())
    print(i, repr(pat), flags, out)
