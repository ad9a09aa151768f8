# summing numeric arguments; a bad one ends the program through sys.exit(message)
import sys
total = 0
for arg in sys.argv[1:]:
    try:
        total += float(arg) if "." in arg else int(arg)
    except ValueError:
        print("partial total", total)
        sys.exit(f"error: {arg!r} is not a number")
    print(f"+ {arg:>6} = {total}")
