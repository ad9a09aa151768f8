# strftime over many directives and dates (C locale); %Z/%z with plain tuples and struct_time.
import time

dates = [(2000, 1, 1, 0, 0, 0, 5, 1, 0), (1999, 12, 31, 23, 59, 59, 4, 365, 0), (2024, 2, 29, 12, 30, 45, 3, 60, 0),
         (1970, 1, 1, 0, 0, 0, 3, 1, 0), (2038, 1, 19, 3, 14, 7, 1, 19, 0), (1, 1, 1, 0, 0, 0, 0, 1, 0),
         (9999, 12, 31, 23, 59, 59, 4, 365, 0), (2021, 1, 3, 5, 6, 7, 6, 3, 1), (2021, 6, 15, 13, 0, 0, 1, 166, -1)]
directives = 'aAbBcdHIjmMpSUwWxXyYGgVuCDehnrRtTFsk l%'
for d in dates:
    parts = []
    for c in directives:
        if c == ' ':
            continue
        try:
            parts.append('%s=%s' % (c, time.strftime('%' + c, d)))
        except ValueError as e:
            parts.append('%s:%s' % (c, e))
    print(' '.join(parts))
print(repr(time.strftime('', dates[0])), repr(time.strftime('%', dates[0])), repr(time.strftime('%%%', dates[0])))
print(time.strftime('é%Y€ 😀 %d', dates[0]))
print(time.strftime('%-d %-m %_H %04Y %E %O %Q %Ey %Od', dates[0]))
print(time.strftime('%Z|%z', dates[0]), time.strftime('%Z|%z', time.gmtime(0)))
st = time.struct_time((2020, 1, 2, 3, 4, 5, 3, 2, 0, 'ABC', -3600 * 5 - 1800))
print(time.strftime('%Z|%z|%c', st))
print(time.strftime('%Y' * 500, dates[0])[:20], len(time.strftime('%Y' * 500, dates[0])))
print(time.strftime('%c', time.gmtime(1e9)), time.strftime('%x %X', time.gmtime(0)))
try:
    time.strftime('a\0b')
except ValueError as e:
    print('ValueError', e)
try:
    time.strftime(b'%Y')
except TypeError as e:
    print('TypeError', e)
