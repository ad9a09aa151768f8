import re

sets = [r'[а-яё]', r'[\u4e00-\u9fff]', r'[^\u0100-\u017f\u0400-\u04ff]', r'[\u00e0-\u00ff\u0100\u0102\u0104]',
        r'[αβγδ\u3042-\u3093]', r'[\w\u2000-\u206f]', r'(?i)[ѐ-џ]', r'[\U00010000-\U0001ffff\u0500]']
subject = 'abcÀàāĂăЁёжЖ中文日本語ぁあんαΩ\u2014\u00a0𝐀😀ԀѐЀ'
for s in sets:
    print(s, re.findall(s, subject))
chars = ''.join(chr(c) for c in range(0, 0x3000, 7))
p = re.compile(r'[\u0041-\u005a\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff\u1e00-\u1eff\u2000-\u2bff]')
print(len(p.findall(chars)), sum(map(ord, p.findall(chars))))
