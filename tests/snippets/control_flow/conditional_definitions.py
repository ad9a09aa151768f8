import sys

if sys.version_info >= (3, 11):
    def feature():
        return "new implementation"
else:
    def feature():
        return "fallback"

print(feature())
debug = False
if debug:
    class Logger:
        def log(self, m):
            print("debug:", m)
else:
    class Logger:
        def log(self, m):
            pass
Logger().log("hidden")
print(Logger.__qualname__)
for name in ["a", "b"]:
    def handler(n=name):
        return n
    print(handler(), handler.__name__)
try:
    never_defined
except NameError:
    print("branch not taken: name never bound")
if False:
    never_defined = 1
