# open(): argument errors and missing files
for call in [lambda: open("no_such_file.txt"), lambda: open(".", "w"), lambda: open("x", "rw"), lambda: open("x", "q"),
             lambda: open(1.5), lambda: open(__file__, "rb", encoding="utf-8"), lambda: open(__file__, newline="x"),
             lambda: open(__file__, "rt+b"), lambda: open(__file__, "rr"), lambda: open(__file__, buffering=0),
             lambda: open(__file__, "rb", errors="strict"), lambda: open()]:
    try:
        call()
    except (OSError, ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    open("no_such_file.txt")
except FileNotFoundError as e:
    print(e.errno, e.strerror, e.filename)
