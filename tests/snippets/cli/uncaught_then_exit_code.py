# an uncaught exception prints a traceback and exits with status 1
import sys
def main(argv):
    print("args:", argv[1:])
    return int(argv[1]) * 2
print(main(sys.argv))
