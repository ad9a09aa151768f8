import re

patterns = [r'\w+', r'\bA\w*', r'^\s*\d+$', r'[a-zé]+', r'(?:x|X)+', r'.+', r'\S+\s', r'[^\W\d]+']
subjects = ['Abc déf', '  42\n7\n', 'xXxX\nyY', 'É tÉ\tA1', '\u0660\u0661 ١٢']
flag_sets = [0, re.I, re.M, re.S, re.A, re.I | re.A, re.M | re.S, re.I | re.M | re.S]
for pat in patterns:
    for fl in flag_sets:
        p = re.compile(pat, fl)
        print(pat, int(fl), [p.findall(s) for s in subjects])
