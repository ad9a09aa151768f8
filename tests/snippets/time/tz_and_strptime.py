# Time zones from TZ (POSIX rule strings, no zoneinfo files needed) and strptime.
import os, time

for tz in ['UTC0', 'EST+05EDT,M3.2.0,M11.1.0', 'AEST-10AEDT,M10.1.0,M4.1.0/3', 'IST-05:30', 'XYZ+3']:
    os.environ['TZ'] = tz
    time.tzset()
    print(tz, time.timezone, time.altzone, time.daylight, time.tzname)
    for t in [0, 1e9, 1.7e9, 1720000000]:
        lt = time.localtime(t)
        print('  ', tuple(lt), lt.tm_zone, lt.tm_gmtoff, time.mktime(lt) == t, time.strftime('%Z %z', lt))
    print('  ', time.ctime(1e9), time.mktime((2021, 3, 14, 2, 30, 0, 0, 0, -1)), time.mktime((2021, 11, 7, 1, 30, 0, 0, 0, -1)))
del os.environ['TZ']
time.tzset()
print(time.tzname, time.timezone)
s = time.strptime('2024-02-29 13:45:10', '%Y-%m-%d %H:%M:%S')
print(s, s.tm_zone, s.tm_gmtoff)
print(time.strptime('Thu Jan  1 00:00:00 1970'))
print(time.strptime('1 Mar 99', '%d %b %y')[:3])
try:
    time.strptime('x', '%Y')
except ValueError as e:
    print('ValueError', e)
