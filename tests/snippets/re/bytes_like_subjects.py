import re


p = re.compile(rb'b+')
for subj in [b'abbbc', bytearray(b'abbbc'), memoryview(b'abbbc')]:
    m = p.search(subj)
    print(type(subj).__name__, m.span(), m.group(), type(m.group()).__name__, type(m.string).__name__)
    print(p.findall(subj), p.sub(b'-', subj), p.split(subj))
ba = bytearray(b'xxyy')
m = re.search(rb'y+', ba)
ba[2:4] = b'zz'
print(m.group(), m.span())
print(re.sub(rb'x', bytearray(b'Q'), b'axb'))
print(re.sub(rb'x', memoryview(b'\\n'), b'axb'))
