# an unknown option: message on stderr and exit status 2
import sys
for arg in sys.argv[1:]:
    if arg.startswith("-") and arg not in ("-a", "-b"):
        print(f"{sys.argv[0].rpartition('/')[2]}: error: unrecognized argument {arg}", file=sys.stderr)
        sys.exit(2)
    print("ok", arg)
print("not reached")
