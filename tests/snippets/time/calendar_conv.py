# gmtime / localtime / mktime / asctime / ctime over fixed timestamps (TZ of the machine is UTC for both).
import time

for t in [0, 1, -1, 86399, 86400, 951782400, 951868800, 1e9, 1234567890.5, -1234567890.75,
          2**31 - 1, 2**31, -2**31, 4102444800, 253402300799, -62135596800]:
    g = time.gmtime(t)
    print(t, tuple(g), g.tm_zone, g.tm_gmtoff)
    print('  ', time.asctime(g), '|', time.ctime(t) == time.asctime(time.localtime(t)))
    print('  ', time.mktime(time.localtime(t)) == int(t // 1))

s = time.gmtime(1e9)
print(s)
print(s.tm_year, s.tm_mon, s.tm_mday, s.tm_hour, s.tm_min, s.tm_sec, s.tm_wday, s.tm_yday, s.tm_isdst)
print(len(s), s[0], s[-1], s[2:5], list(s))
print(type(s).__name__, type(s).__module__, isinstance(s, tuple))
print(time.struct_time.n_fields, time.struct_time.n_sequence_fields, time.struct_time.n_unnamed_fields)
print(s.__reduce__())
print(time.localtime(0) == time.gmtime(0))
try:
    s.tm_year = 5
except AttributeError as e:
    print('AttributeError', e)
print(time.mktime((2000, 1, 1, 0, 0, 0, 0, 1, 0)), time.mktime((2000, 13, 40, 25, 61, 61, 0, 1, -1)))
print(time.mktime((1970, 1, 1, 0, 0, 0, 3, 1, 0)))
print(time.asctime((2000, 0, 0, 0, 0, 0, 0, 0, 0)), time.asctime((-5, 1, 1, 0, 0, 0, -1, 1, 0)))
print(time.asctime((12345, 12, 31, 23, 59, 61, 6, 366, 1)))
print(time.struct_time((2020, 1, 2, 3, 4, 5, 6, 7, 8)))
st = time.struct_time((2020, 1, 2, 3, 4, 5, 6, 7, 8, 'XYZ', 3600))
print(st, st.tm_zone, st.tm_gmtoff, st.__reduce__())
for bad in [(1, 2), (1,) * 12, 5]:
    try:
        time.struct_time(bad)
    except TypeError as e:
        print('TypeError', e)
