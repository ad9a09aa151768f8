import stat, _stat
modes = [0o100644, 0o40755, 0o120777, 0o20666, 0o60660, 0o10644, 0o140755, 0o104755, 0o102755, 0o41777, 0o101644, 0o40000, 0]
for m in modes:
    print(oct(m), stat.filemode(m), stat.S_ISREG(m), stat.S_ISDIR(m), stat.S_ISLNK(m), stat.S_ISCHR(m),
          stat.S_ISBLK(m), stat.S_ISFIFO(m), stat.S_ISSOCK(m), stat.S_IMODE(m), stat.S_IFMT(m))
print(stat.S_ISDOOR(0), stat.S_ISPORT(0), stat.S_ISWHT(0), stat.ST_MTIME, stat.S_IFDOOR)
print(stat.filemode is _stat.filemode, stat.UF_HIDDEN, stat.SF_SNAPSHOT)
for bad in (-1, 2**40, "x"):
    try:
        stat.S_ISDIR(bad)
    except (OverflowError, TypeError) as e:
        print(type(e).__name__, e)
print(sorted(n for n in dir(_stat) if not n.startswith("_")) == sorted(n for n in dir(stat) if n.isupper() or n in ("filemode",) if hasattr(_stat, n)))
