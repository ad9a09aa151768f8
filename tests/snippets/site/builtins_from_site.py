import sys, builtins
print("site" in sys.modules, sys.flags.no_site, sys.flags.no_user_site)
print(repr(exit), repr(quit), type(exit).__name__)
print(str(copyright).split("\n")[0][:9], type(credits).__name__, type(license).__name__, type(help).__name__)
print(repr(help))
try:
    quit(4)
except SystemExit as e:
    print("quit", e.code)
