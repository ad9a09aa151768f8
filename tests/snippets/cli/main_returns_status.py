# the sys.exit(main()) idiom
import sys

def main(argv):
    if len(argv) < 2:
        print("usage: main_returns_status NAME...", file=sys.stderr)
        return 64
    for name in argv[1:]:
        print("greeting", name)
    return 0

if __name__ == "__main__":
    sys.exit(main(sys.argv[:1]))
