import os
s = os.stat_result(range(10))
print(s)
print(s.st_atime, s.st_mtime, s.st_ctime, s.st_atime_ns, s.st_blksize, len(s))
print(s.n_fields, s.n_sequence_fields, s.n_unnamed_fields)
s = os.stat_result(range(19))
print(s, s.st_atime, s.st_atime_ns, s.st_rdev)
print(s.__reduce__())
print(s[7], s[-1], s[:3], tuple(s) == tuple(range(10)))
for n in (9, 20):
    try:
        os.stat_result(range(n))
    except TypeError as e:
        print(e)
try:
    s.st_mode = 5
except AttributeError as e:
    print(e)
print(os.stat_result.__module__, os.stat_result.__name__)
print(sorted(set(dir(os.stat_result)) - set(dir(tuple))))
print(os.stat_result((1,) * 10, {"st_atime": 2.5}).st_atime)
