import re

pairs = ['ß', 'ẞ', 'ſ', 's', 'S', 'K', 'k', '\u212a', 'İ', 'i', 'I', 'ı', 'Σ', 'σ', 'ς', 'µ', 'μ', 'Μ',
         'ǅ', 'ǆ', 'Ǆ', 'ΐ', 'ﬅ', 'ﬆ', 'Ω', 'ω', '\u2126', 'é', 'É', 'ÿ', 'Ÿ', 'ǰ', 'θ', 'ϑ', 'ϴ']
for a in pairs:
    row = ''.join('1' if re.fullmatch(a, b, re.I) else '.' for b in pairs)
    print(a, row)
print(re.findall(r'(?i)[a-z]+', 'Hello WORLD ſ K'))
print(re.findall(r'(?i)[^a-z]', 'aZ\u212a1'))
print(re.findall(r'(?i)[k-m]', 'K\u212aLm'))
print(re.findall(r'(?i)\u212a', 'kK'))
print(re.match(r'(?i)(\w+) \1', 'Straße STRAßE'))
print(re.findall(r'(?i)[\u0400-\u04ff]+', 'ПРИВЕТ привет'))
